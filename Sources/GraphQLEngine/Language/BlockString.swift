// Block strings (spec §2.9.4): the dedent that gives their value, and printing a value back as one.

/// The spec's `BlockStringValue`: removes the common indentation of every line but the first,
/// then the leading and trailing lines that hold only white space, and joins the rest with `\n`.
func blockStringValue(lines: [[UInt8]]) -> String {
    var commonIndent = Int.max
    var firstNonBlank: Int?
    var lastNonBlank = -1
    for (number, line) in lines.enumerated() {
        let indent = line.prefix(while: isWhiteSpace).count
        if indent == line.count { continue }
        firstNonBlank = firstNonBlank ?? number
        lastNonBlank = number
        if number != 0 && indent < commonIndent { commonIndent = indent }
    }
    guard let firstNonBlank else { return "" }
    var value: [UInt8] = []
    value.reserveCapacity(lines[firstNonBlank...lastNonBlank].reduce(0) { $0 + $1.count + 1 })
    for number in firstNonBlank...lastNonBlank {
        if number > firstNonBlank { value.append(0x0A) }
        let line = lines[number]
        value.append(contentsOf: number == 0 ? line[...] : line.dropFirst(min(commonIndent, line.count)))
    }
    return String(decoding: value, as: UTF8.self)
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
