// Block strings (spec §2.9.4): the dedent that gives their value, and printing a value back as one.

/// The spec's `BlockStringValue` of `text`, a block string's content with `\"""` already unescaped
/// and every line terminator already `\n`: removes the common indentation of every line but the
/// first, then the leading and trailing lines that hold only white space.
///
/// Two passes over the bytes, the second writing straight into the new string: no array per line.
func blockStringValue(_ text: UnsafeBufferPointer<UInt8>) -> String {
    var commonIndent = Int.max
    var firstNonBlankStart = -1
    var lastNonBlankEnd = -1
    var lineStart = 0
    while true {
        let lineEnd = endOfLine(in: text, from: lineStart)
        var contentStart = lineStart
        while contentStart < lineEnd, isWhiteSpace(text[contentStart]) { contentStart += 1 }
        if contentStart < lineEnd {
            if firstNonBlankStart < 0 { firstNonBlankStart = lineStart }
            lastNonBlankEnd = lineEnd
            if lineStart != 0 { commonIndent = min(commonIndent, contentStart - lineStart) }
        }
        if lineEnd == text.count { break }
        lineStart = lineEnd + 1
    }
    guard firstNonBlankStart >= 0 else { return "" }
    return String(unsafeUninitializedCapacity: lastNonBlankEnd - firstNonBlankStart) { value in
        var written = 0
        var lineStart = firstNonBlankStart
        while true {
            let lineEnd = endOfLine(in: text, from: lineStart)
            // Line 0, the one after the opening quotes, is the only line that keeps its indentation.
            let kept = lineStart == 0 ? lineStart : lineStart + min(commonIndent, lineEnd - lineStart)
            let line = UnsafeBufferPointer(rebasing: text[kept..<lineEnd])
            _ = UnsafeMutableBufferPointer(rebasing: value[written...]).initialize(fromContentsOf: line)
            written += line.count
            if lineEnd >= lastNonBlankEnd { return written }
            value[written] = 0x0A
            written += 1
            lineStart = lineEnd + 1
        }
    }
}

/// The offset of the `\n` ending the line that starts at `start`, or the end of `text`.
private func endOfLine(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < text.count, text[index] != 0x0A { index += 1 }
    return index
}

/// Prints `value` as a block string the way graphql-js does: on its own lines between the quotes
/// when that reads better, with `"""` escaped and a leading line break when the indentation of
/// later lines would otherwise be taken as common indentation.
func printBlockString(_ value: String) -> String {
    let escaped = value.replacing("\"\"\"", with: "\\\"\"\"")
    let bytes = Array(escaped.utf8)
    var isSingleLine = true
    var laterLinesStartWithWhiteSpace = true
    var index = 0
    while index < bytes.count {
        let current = bytes[index]
        index += 1
        guard current == 0x0A || current == 0x0D else { continue }
        if current == 0x0D && index < bytes.count && bytes[index] == 0x0A { index += 1 }
        isSingleLine = false
        if index < bytes.count && !isWhiteSpace(bytes[index]) && bytes[index] != 0x0A && bytes[index] != 0x0D {
            laterLinesStartWithWhiteSpace = false
        }
    }
    let forceLeadingNewLine = !isSingleLine && laterLinesStartWithWhiteSpace
    let hasTrailingTripleQuotes = escaped.hasSuffix("\\\"\"\"")
    let hasTrailingQuote = value.hasSuffix("\"") && !hasTrailingTripleQuotes
    let forceTrailingNewLine = hasTrailingQuote || value.hasSuffix("\\")
    let printAsMultipleLines =
        !isSingleLine || value.utf16.count > 70 || forceTrailingNewLine || forceLeadingNewLine
        || hasTrailingTripleQuotes
    let skipLeadingNewLine = isSingleLine && value.utf8.first.map(isWhiteSpace) == true

    var result = "\"\"\""
    if (printAsMultipleLines && !skipLeadingNewLine) || forceLeadingNewLine { result += "\n" }
    result += escaped
    if printAsMultipleLines || forceTrailingNewLine { result += "\n" }
    return result + "\"\"\""
}
