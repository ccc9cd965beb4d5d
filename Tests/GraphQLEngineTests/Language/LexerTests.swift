import Testing

@testable import GraphQLEngine

@Suite("Lexer")
struct LexerTests {
    @Test("every punctuator is its own token kind")
    func punctuators() throws {
        let tokens = try lexTokens("! $ & ( ) ... : = @ [ ] { | }")
        #expect(
            tokens.map(\.kind) == [
                .bang, .dollar, .ampersand, .parenLeft, .parenRight, .spread, .colon, .equals, .at, .bracketLeft,
                .bracketRight, .braceLeft, .pipe, .braceRight, .endOfFile,
            ])
        #expect(tokens.filter(\.kind.isPunctuator).count == 14)
        #expect(tokens[5].start == 10 && tokens[5].end == 13)
    }

    @Test("names, numbers, strings, block strings and comments")
    func valueTokenKinds() throws {
        let text = "_name9 -12 3.5e-2 \"str\" \"\"\"block\"\"\" # note\n"
        let tokens = try lexTokens(text)
        #expect(tokens.map(\.kind) == [.name, .int, .float, .string, .blockString, .comment, .endOfFile])
        let bytes = Array(text.utf8)
        let spellings = tokens.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
        #expect(spellings == ["_name9", "-12", "3.5e-2", "\"str\"", "\"\"\"block\"\"\"", "# note", ""])
        #expect(try stringValue(of: tokens[3], in: text) == "str")
        #expect(try stringValue(of: tokens[4], in: text) == "block")
    }

    @Test("white space, commas, comments and the byte order mark are ignored")
    func ignoredTokens() throws {
        #expect(try lexOne("\u{FEFF} foo") == Token(.name, start: 4, end: 7))
        #expect(try lexOne(",,,foo,,,") == Token(.name, start: 3, end: 6))
        #expect(try lexOne("\t\tfoo\t\t") == Token(.name, start: 2, end: 5))
        #expect(try lexOne("\n    #comment\n    foo#comment\n") == Token(.name, start: 18, end: 21))
        #expect(try lexTokens("a\u{FEFF}b").map(\.kind) == [.name, .name, .endOfFile])
    }

    @Test("end of file repeats once the bytes run out")
    func endOfFile() throws {
        #expect(try lexTokens("").map(\.kind) == [.endOfFile])
        #expect(try lexTokens("  # only a comment").map(\.kind) == [.comment, .endOfFile])
    }

    @Test("lines break at \\n, \\r\\n and a lone \\r")
    func lineTerminators() {
        let cases: [(String, SourcePosition)] = [
            ("foo", .init(line: 1, column: 1)),
            ("\nfoo", .init(line: 2, column: 1)),
            ("\rfoo", .init(line: 2, column: 1)),
            ("\r\nfoo", .init(line: 2, column: 1)),
            ("\n\rfoo", .init(line: 3, column: 1)),
            ("\r\r\n\nfoo", .init(line: 4, column: 1)),
            ("\n\n\r\rfoo", .init(line: 5, column: 1)),
            ("\n \r\n \r  foo\n", .init(line: 4, column: 3)),
        ]
        for (text, position) in cases {
            expectParseError(
                text, "Syntax Error: Unexpected Name \"foo\".", line: position.line, column: position.column)
        }
    }

    @Test("columns count UTF-16 code units after non-ASCII characters")
    func utf16Columns() {
        expectLexError("{ \"é\" ~ }", "Syntax Error: Unexpected character: \"~\".", line: 1, column: 7)
        expectLexError("{ \"😀\" ~ }", "Syntax Error: Unexpected character: \"~\".", line: 1, column: 8)
        expectLexError("# ü😀\r\n  ~", "Syntax Error: Unexpected character: \"~\".", line: 2, column: 3)
        expectLexError("\u{FEFF}~", "Syntax Error: Unexpected character: \"~\".", line: 1, column: 2)
        let source = Source("a\n\u{1F600}b")
        #expect(source.position(of: 6) == SourcePosition(line: 2, column: 3))
    }

    @Test("strings with every escape")
    func strings() throws {
        let cases: [(String, String)] = [
            (#""""#, ""),
            (#""simple""#, "simple"),
            (#"" white space ""#, " white space "),
            (#""quote \"""#, "quote \""),
            (#""escaped \n\r\b\t\f""#, "escaped \n\r\u{08}\t\u{0C}"),
            (#""slashes \\ \/""#, "slashes \\ /"),
            ("\"unescaped 😀 and \u{07} bell\"", "unescaped 😀 and \u{07} bell"),
            (#""unicode \u1234\u5678\u90AB\uCDEF""#, "unicode \u{1234}\u{5678}\u{90AB}\u{CDEF}"),
            (#""braced \u{1234}\u{0}\u{10FFFF}\u{00000041}""#, "braced \u{1234}\u{0}\u{10FFFF}A"),
            (#""outside BMP \u{1F600}""#, "outside BMP 😀"),
            (#""surrogate pair \uD83D\uDE00 and \uD800\uDC00 and \uDBFF\uDFFF""#,
             "surrogate pair 😀 and \u{10000} and \u{10FFFF}"),
        ]
        for (text, value) in cases {
            let token = try lexOne(text)
            #expect(token.kind == .string)
            #expect(token.end == text.utf8.count)
            #expect(try stringValue(of: token, in: text) == value, "\(text)")
        }
    }

    @Test("string errors name the offending text and point at it")
    func stringErrors() {
        expectLexError("\"", "Syntax Error: Unterminated string.", line: 1, column: 2)
        expectLexError("\"no end quote", "Syntax Error: Unterminated string.", line: 1, column: 14)
        expectLexError("\"multi\nline\"", "Syntax Error: Unterminated string.", line: 1, column: 7)
        expectLexError("\"multi\rline\"", "Syntax Error: Unterminated string.", line: 1, column: 7)
        expectLexError(
            "'single quotes'",
            "Syntax Error: Unexpected single quote character ('), did you mean to use a double quote (\")?",
            line: 1, column: 1)
        let escapes: [(String, String, Int)] = [
            (#""bad \z esc""#, #"Invalid character escape sequence: "\z"."#, 6),
            (#""bad \x esc""#, #"Invalid character escape sequence: "\x"."#, 6),
            ("\"bad \\é esc\"", #"Invalid character escape sequence: "\é"."#, 6),
            (#""bad \u1 esc""#, #"Invalid Unicode escape sequence: "\u1 es"."#, 6),
            (#""bad \u0XX1 esc""#, #"Invalid Unicode escape sequence: "\u0XX1"."#, 6),
            (#""bad \uFXXX esc""#, #"Invalid Unicode escape sequence: "\uFXXX"."#, 6),
            (#""bad \u{} esc""#, #"Invalid Unicode escape sequence: "\u{}"."#, 6),
            (#""bad \u{FXXX} esc""#, #"Invalid Unicode escape sequence: "\u{FX"."#, 6),
            (#""bad \u{FFFF esc""#, #"Invalid Unicode escape sequence: "\u{FFFF "."#, 6),
            (#""bad \u{FFFF""#, #"Invalid Unicode escape sequence: "\u{FFFF""."#, 6),
            (#""too high \u{110000} esc""#, #"Invalid Unicode escape sequence: "\u{110000}"."#, 11),
            (#""way too high \u{12345678} esc""#, #"Invalid Unicode escape sequence: "\u{12345678}"."#, 15),
            (#""too long \u{000000000} esc""#, #"Invalid Unicode escape sequence: "\u{000000000"."#, 11),
            (#""lone \u{D800}""#, #"Invalid Unicode escape sequence: "\u{D800}"."#, 7),
            (#""bad surrogate \uDEAD esc""#, #"Invalid Unicode escape sequence: "\uDEAD"."#, 16),
            (#""no braced pairs \u{D83D}\u{DE00}""#, #"Invalid Unicode escape sequence: "\u{D83D}"."#, 18),
            (#""two leading \uD800\uD800""#, #"Invalid Unicode escape sequence: "\uD800"."#, 14),
            (#""half a pair \uD83D\not""#, #"Invalid Unicode escape sequence: "\uD83D"."#, 14),
        ]
        for (text, message, column) in escapes {
            expectLexError(text, "Syntax Error: " + message, line: 1, column: column)
        }
    }

    @Test("block strings keep escapes, normalize line breaks and unescape triple quotes")
    func blockStrings() throws {
        let cases: [(String, String)] = [
            (#""""""""#, ""),
            (#""""simple""""#, "simple"),
            (#"""" white space """"#, " white space "),
            (#""""contains " quote""""#, "contains \" quote"),
            (#""""contains \""" triple quote""""#, "contains \"\"\" triple quote"),
            ("\"\"\"multi\nline\"\"\"", "multi\nline"),
            ("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized"),
            (#""""unescaped \n\r\b\t\f\u1234""""#, #"unescaped \n\r\b\t\f\u1234"#),
            ("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines"),
            // Longer than the 1 KB a normalized value gets on the stack.
            ("\"\"\"" + String(repeating: "a", count: 1500) + "\\\"\"\"\r\n b\"\"\"", String(repeating: "a", count: 1500) + "\"\"\"\nb"),
        ]
        for (text, value) in cases {
            let token = try lexOne(text)
            #expect(token.kind == .blockString)
            #expect(token.end == text.utf8.count)
            #expect(try stringValue(of: token, in: text) == value, "\(text)")
        }
        let multiline = "\"\"\" \nspans \r\nmultiple \n\rlines \n\n\"\"\"\n second_token"
        let second = try lexTokens(multiline)[1]
        #expect(second == Token(.name, start: 37, end: 49))
        #expect(Source(multiline).position(of: second.start) == SourcePosition(line: 8, column: 2))
    }

    @Test("block string errors")
    func blockStringErrors() {
        expectLexError("\"\"\"", "Syntax Error: Unterminated string.", line: 1, column: 4)
        expectLexError("\"\"\"no end quote", "Syntax Error: Unterminated string.", line: 1, column: 16)
        expectLexError("\"\"\"\"", "Syntax Error: Unterminated string.", line: 1, column: 5)
    }

    @Test("numbers follow the spec exactly")
    func numbers() throws {
        let ints = ["4", "-4", "9", "0", "-0", "1234567890123456789012"]
        for text in ints { #expect(try lexOne(text) == Token(.int, start: 0, end: text.utf8.count), "\(text)") }
        let floats = ["4.123", "-4.123", "0.123", "123e4", "123E4", "123e-4", "123e+4", "-1.123e4", "-1.123E4", "-1.123e-4", "-1.123e4567"]
        for text in floats { #expect(try lexOne(text) == Token(.float, start: 0, end: text.utf8.count), "\(text)") }
    }

    @Test("malformed numbers are syntax errors at the offending character")
    func numberErrors() {
        let cases: [(String, String, Int)] = [
            ("00", "Invalid number, unexpected digit after 0: \"0\".", 2),
            ("01", "Invalid number, unexpected digit after 0: \"1\".", 2),
            ("01.23", "Invalid number, unexpected digit after 0: \"1\".", 2),
            ("+1", "Unexpected character: \"+\".", 1),
            ("1.", "Invalid number, expected digit but got: <EOF>.", 3),
            ("1e", "Invalid number, expected digit but got: <EOF>.", 3),
            ("1E", "Invalid number, expected digit but got: <EOF>.", 3),
            ("1.e1", "Invalid number, expected digit but got: \"e\".", 3),
            (".5", "Unexpected character: \".\".", 1),
            ("..", "Unexpected character: \".\".", 1),
            ("1.A", "Invalid number, expected digit but got: \"A\".", 3),
            ("-A", "Invalid number, expected digit but got: \"A\".", 2),
            ("-", "Invalid number, expected digit but got: <EOF>.", 2),
            ("1.0e", "Invalid number, expected digit but got: <EOF>.", 5),
            ("1.0eA", "Invalid number, expected digit but got: \"A\".", 5),
            ("1.0e\"", "Invalid number, expected digit but got: '\"'.", 5),
            ("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6),
            ("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6),
            ("1.2.3", "Invalid number, expected digit but got: \".\".", 4),
            ("0x1", "Invalid number, expected digit but got: \"x\".", 2),
            ("0b10", "Invalid number, expected digit but got: \"b\".", 2),
            ("123abc", "Invalid number, expected digit but got: \"a\".", 4),
            ("1_234", "Invalid number, expected digit but got: \"_\".", 2),
            ("1.23f", "Invalid number, expected digit but got: \"f\".", 5),
            ("1\u{DF}", "Unexpected character: U+00DF.", 2),
            ("a-b", "Invalid number, expected digit but got: \"b\".", 3),
        ]
        for (text, message, column) in cases {
            expectLexError(text, "Syntax Error: " + message, line: 1, column: column)
        }
    }

    @Test("characters no token starts with")
    func unexpectedCharacters() {
        let cases: [(String, String)] = [
            ("~", "\"~\""), ("?", "\"?\""), ("\u{00}", "U+0000"), ("\u{08}", "U+0008"), ("\u{AA}", "U+00AA"),
            ("\u{0AAA}", "U+0AAA"), ("\u{203B}", "U+203B"), ("\u{1F600}", "U+1F600"), ("\u{10FFFF}", "U+10FFFF"),
        ]
        for (text, described) in cases {
            expectLexError(text, "Syntax Error: Unexpected character: \(described).", line: 1, column: 1)
        }
    }
}
