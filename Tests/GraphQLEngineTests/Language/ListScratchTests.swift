import Testing

@testable import GraphQLEngine

/// The parser's list stack moves items bitwise and destroys failed lists itself, so its bookkeeping
/// is checked with items whose lifetimes can be watched.
@Suite("ListScratch")
struct ListScratchTests {
    /// An object whose release shows through a weak reference.
    final class Tracked {
        let value: Int
        init(_ value: Int) { self.value = value }
    }

    /// An item with a reference inside, like the AST's strings and arrays.
    struct Item {
        var tracked: Tracked
        var label: String
    }

    /// Runs `body` with a stack whose lent storage is only `bytes` long, so pushes soon move it to the heap.
    func withScratch(lending bytes: Int, _ body: (inout ListScratch) -> Void) {
        withUnsafeTemporaryAllocation(byteCount: bytes, alignment: ListScratch.alignment) { storage in
            var scratch = ListScratch(initialStorage: storage)
            body(&scratch)
            scratch.deallocate()
        }
    }

    @Test("nested lists come off the stack in order, each as its own array, across the move to the heap")
    func nestedLists() {
        withScratch(lending: 64) { scratch in
            let outer = scratch.top
            for index in 0..<300 {
                scratch.push(Item(tracked: Tracked(index), label: "item \(index) with a long label"))
            }
            let inner = scratch.top
            scratch.push(7)
            scratch.push(8)
            #expect(scratch.popArray(from: inner, as: Int.self) == [7, 8])
            #expect(scratch.top == inner)
            let items = scratch.popArray(from: outer, as: Item.self)
            #expect(items.map(\.tracked.value) == Array(0..<300))
            #expect(items.last?.label == "item 299 with a long label")
            #expect(scratch.top == outer)
            #expect(scratch.popArray(from: outer, as: Item.self).isEmpty)
        }
    }

    @Test("discarding a failed list releases its items and leaves the enclosing list intact")
    func discard() {
        withScratch(lending: ListScratch.initialCapacity) { scratch in
            weak var discarded: Tracked?
            weak var kept: Tracked?
            do {
                let keptObject = Tracked(1)
                kept = keptObject
                scratch.push(Item(tracked: keptObject, label: "kept"))
                let mark = scratch.top
                let discardedObject = Tracked(2)
                discarded = discardedObject
                scratch.push(Item(tracked: discardedObject, label: "discarded"))
                scratch.discard(from: mark, as: Item.self)
            }
            #expect(discarded == nil)
            #expect(kept != nil)
            let items = scratch.popArray(from: 0, as: Item.self)
            #expect(items.map(\.label) == ["kept"])
        }
    }

    @Test("a syntax error four lists deep unwinds every open list, and the next parse starts clean")
    func errorInsideNestedLists() throws {
        expectParseError("{ a(x: [1, {b: [2, 3 }]) { c d } }", "Syntax Error: Unexpected \"}\".", line: 1, column: 22)
        let document = try parse("{ a(x: [1, {b: [2, 3]}]) { c d } }")
        #expect(printAST(document) == "{\n  a(x: [1, {b: [2, 3]}]) {\n    c\n    d\n  }\n}")
    }
}
