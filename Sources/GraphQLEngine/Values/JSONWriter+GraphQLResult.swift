extension JSON {
    /// The response body of `result`: `errors` first when there are any (as graphql-js and the spec's
    /// recommendation order them), then `data` when present, then `extensions` when present.
    public static func encode(_ result: GraphQLResult) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(1024)
        encode(result, into: &bytes)
        return bytes
    }

    /// Appends the response body of `result` to `bytes`.
    public static func encode(_ result: GraphQLResult, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "{"))
        var needsComma = false
        if !result.errors.isEmpty {
            JSONWriter.appendASCII(#""errors":["#, into: &bytes)
            for (position, error) in result.errors.enumerated() {
                if position > 0 { bytes.append(UInt8(ascii: ",")) }
                encode(error, into: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
            needsComma = true
        }
        if let data = result.data {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            JSONWriter.appendASCII(#""data":"#, into: &bytes)
            encode(data, into: &bytes)
            needsComma = true
        }
        if let extensions = result.extensions, !extensions.isEmpty {
            if needsComma { bytes.append(UInt8(ascii: ",")) }
            JSONWriter.appendASCII(#""extensions":"#, into: &bytes)
            JSONWriter.writeObject(extensions, into: &bytes)
        }
        bytes.append(UInt8(ascii: "}"))
    }
}
