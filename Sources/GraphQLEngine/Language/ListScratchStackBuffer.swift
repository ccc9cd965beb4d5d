// Fixed-size raw memory a parse lends its list stack from its own stack frame.

/// 2 KB of 8-aligned bytes held inline, for `Parser.run` to lend `ListScratch` from its stack frame.
///
/// `withUnsafeTemporaryAllocation` is no substitute: on Linux it puts anything over 1 KB on the heap,
/// and a 4 KB block per parse is a large request that makes malloc consolidate its free small blocks
/// every time. A plain local of this type lives on the stack. 2 KB holds the open lists of every
/// benchmark document (about twenty selections) and costs a few dozen vector stores to zero.
struct ListScratchStackBuffer {
    /// 64 bytes.
    private struct Line {
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    }

    /// 512 bytes.
    private struct Block {
        var lines: (Line, Line, Line, Line, Line, Line, Line, Line) = (
            Line(), Line(), Line(), Line(), Line(), Line(), Line(), Line()
        )
    }

    private var blocks: (Block, Block, Block, Block) = (Block(), Block(), Block(), Block())

    /// Runs `body` with the buffer's bytes, valid only for the call.
    mutating func withBytes<Result>(_ body: (UnsafeMutableRawBufferPointer) -> Result) -> Result {
        withUnsafeMutableBytes(of: &blocks, body)
    }
}
