import Foundation

/// Splits a SQL file into its statements.
///
/// PostgresNIO speaks only the extended query protocol, which takes one statement per query, so a migration
/// file is sent statement by statement. A `;` ends a statement only outside string literals, quoted
/// identifiers, dollar-quoted bodies (`$$ … $$`, `$fn$ … $fn$`) and comments. Every delimiter is ASCII, so the
/// scan works on UTF-8 bytes: a multi-byte character never contains an ASCII byte.
struct SQLScript {
    private let bytes: [UInt8]

    init(_ sql: String) {
        bytes = Array(sql.utf8)
    }

    /// The statements in file order, without their terminating `;`; pieces holding only comments are dropped.
    var statements: [String] {
        var statements: [String] = []
        var start = 0
        var index = 0
        var hasCode = false
        func finishStatement(at end: Int) {
            if hasCode {
                let text = String(decoding: bytes[start..<end], as: UTF8.self)
                statements.append(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            hasCode = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case .hyphen where next(after: index) == .hyphen:
                index = endOfLineComment(from: index)
            case .slash where next(after: index) == .asterisk:
                index = endOfBlockComment(from: index)
            case .semicolon:
                finishStatement(at: index)
                index += 1
                start = index
            default:
                if !byte.isWhitespace { hasCode = true }
                index = endOfToken(startingWith: byte, at: index)
            }
        }
        finishStatement(at: bytes.count)
        return statements
    }

    /// The index just past the quoted construct starting at `index`, or `index + 1` for any other byte.
    private func endOfToken(startingWith byte: UInt8, at index: Int) -> Int {
        switch byte {
        case .singleQuote:
            endOfQuoted(from: index, quote: .singleQuote, backslashEscapes: isEscapeStringPrefix(before: index))
        case .doubleQuote:
            endOfQuoted(from: index, quote: .doubleQuote, backslashEscapes: false)
        case .dollar:
            dollarQuoteDelimiter(at: index).map { endOfDollarQuoted(from: index, delimiter: $0) } ?? index + 1
        default:
            index + 1
        }
    }

    private func next(after index: Int) -> UInt8? {
        index + 1 < bytes.count ? bytes[index + 1] : nil
    }

    private func endOfLineComment(from index: Int) -> Int {
        var index = index
        while index < bytes.count, bytes[index] != .newline { index += 1 }
        return index
    }

    /// PostgreSQL block comments nest: `/* a /* b */ c */` is one comment.
    private func endOfBlockComment(from index: Int) -> Int {
        var depth = 0
        var index = index
        while index < bytes.count {
            if bytes[index] == .slash, next(after: index) == .asterisk {
                depth += 1
                index += 2
            } else if bytes[index] == .asterisk, next(after: index) == .slash {
                depth -= 1
                index += 2
                if depth == 0 { return index }
            } else {
                index += 1
            }
        }
        return index
    }

    /// A doubled quote stands for one quote character; in `E'…'` strings a backslash escapes the next byte.
    private func endOfQuoted(from index: Int, quote: UInt8, backslashEscapes: Bool) -> Int {
        var index = index + 1
        while index < bytes.count {
            let byte = bytes[index]
            if backslashEscapes, byte == .backslash {
                index += 2
            } else if byte == quote {
                if next(after: index) == quote {
                    index += 2
                } else {
                    return index + 1
                }
            } else {
                index += 1
            }
        }
        return index
    }

    /// Whether the quote at `index` opens an `E'…'` escape string (and is not the end of an identifier like `type'`).
    private func isEscapeStringPrefix(before index: Int) -> Bool {
        guard index >= 1, bytes[index - 1] == UInt8(ascii: "E") || bytes[index - 1] == UInt8(ascii: "e") else {
            return false
        }
        return index < 2 || !bytes[index - 2].isIdentifierByte
    }

    /// The `$tag$` delimiter opening a dollar-quoted string at `index`, or `nil` for a parameter like `$1` or a
    /// `$` inside an identifier.
    private func dollarQuoteDelimiter(at index: Int) -> ArraySlice<UInt8>? {
        if index > 0, bytes[index - 1].isIdentifierByte { return nil }
        var end = index + 1
        if end < bytes.count, bytes[end].isIdentifierStart {
            while end < bytes.count, bytes[end].isIdentifierByte { end += 1 }
        }
        guard end < bytes.count, bytes[end] == .dollar else { return nil }
        return bytes[index...end]
    }

    private func endOfDollarQuoted(from index: Int, delimiter: ArraySlice<UInt8>) -> Int {
        var candidate = index + delimiter.count
        while candidate + delimiter.count <= bytes.count {
            if bytes[candidate] == .dollar, bytes[candidate..<candidate + delimiter.count].elementsEqual(delimiter) {
                return candidate + delimiter.count
            }
            candidate += 1
        }
        return bytes.count
    }
}

extension UInt8 {
    fileprivate static let hyphen = UInt8(ascii: "-")
    fileprivate static let slash = UInt8(ascii: "/")
    fileprivate static let asterisk = UInt8(ascii: "*")
    fileprivate static let semicolon = UInt8(ascii: ";")
    fileprivate static let singleQuote = UInt8(ascii: "'")
    fileprivate static let doubleQuote = UInt8(ascii: "\"")
    fileprivate static let dollar = UInt8(ascii: "$")
    fileprivate static let backslash = UInt8(ascii: "\\")
    fileprivate static let newline = UInt8(ascii: "\n")

    fileprivate var isWhitespace: Bool {
        self == 0x20 || (0x09...0x0D).contains(self)
    }

    fileprivate var isIdentifierStart: Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(self) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self)
            || self == UInt8(ascii: "_") || self >= 0x80
    }

    fileprivate var isIdentifierByte: Bool {
        isIdentifierStart || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) || self == .dollar
    }
}
