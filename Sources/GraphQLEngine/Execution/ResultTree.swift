/// What one position of the response holds while the result is built level by level.
enum ResultSlot {
    /// Not resolved yet (or abandoned when an ancestor became null).
    case pending
    case value(Value)
    /// An object or a list of composites whose positions are filled later.
    case node(Int)
}

/// An object, or a list of objects, inside the response under construction.
struct ResultNode {
    /// The node whose slot holds this one; `nil` for the root.
    let parent: Int?
    /// Whether the position holding this node may be null; if not, nulling it nulls the parent too.
    var acceptsNull = true
    /// Set when an error nulled this node; its pending work is then abandoned.
    var isNulled = false
    let firstSlot: Int
    let slotCount: Int
    /// The object's fields; `nil` for a list node.
    let plan: ObjectPlan?
    /// The object's response path (lists do not need one).
    let path: ResponsePath?
}

/// The response under construction: nodes and their slots in two flat arrays, so breadth-first execution
/// fills positions in any order while the finished maps keep field order, and a null can bubble up to the
/// nearest nullable ancestor by walking parent indices.
struct ResultTree {
    private(set) var nodes: [ResultNode] = []
    var slots: [ResultSlot] = []
    /// Whether any node was nulled; until then no work can be abandoned and checks are skipped.
    private(set) var hasNulledNodes = false

    /// Adds an object node with one pending slot per planned field.
    mutating func addObject(plan: ObjectPlan, parent: Int?, path: ResponsePath) -> Int {
        addNode(ResultNode(parent: parent, firstSlot: slots.count, slotCount: plan.fields.count, plan: plan, path: path))
    }

    /// Adds a list node with `count` pending slots.
    mutating func addList(count: Int, parent: Int) -> Int {
        addNode(ResultNode(parent: parent, firstSlot: slots.count, slotCount: count, plan: nil, path: nil))
    }

    private mutating func addNode(_ node: ResultNode) -> Int {
        slots.append(contentsOf: repeatElement(.pending, count: node.slotCount))
        nodes.append(node)
        return nodes.count - 1
    }

    func node(_ index: Int) -> ResultNode { nodes[index] }

    /// Records that the node sits in a non-null position.
    mutating func rejectNull(_ index: Int) { nodes[index].acceptsNull = false }

    /// Nulls one node without bubbling: its parent's position already handles the null.
    mutating func markNulled(_ index: Int) {
        nodes[index].isNulled = true
        hasNulledNodes = true
    }

    /// Nulls the node and, while it sits in a non-null position, its ancestors: null propagation.
    mutating func nullify(_ index: Int) {
        var current = index
        while true {
            markNulled(current)
            guard !nodes[current].acceptsNull, let parent = nodes[current].parent else { return }
            current = parent
        }
    }

    /// Whether the node or an ancestor was nulled, so its remaining work no longer matters.
    func isAbandoned(_ index: Int) -> Bool {
        guard hasNulledNodes else { return false }
        var current: Int? = index
        while let node = current {
            if nodes[node].isNulled { return true }
            current = nodes[node].parent
        }
        return false
    }

    /// The finished value of a node and everything below it.
    func value(of index: Int) -> Value {
        if nodes[index].isNulled { return .null }
        let firstSlot = nodes[index].firstSlot
        let slotRange = firstSlot..<(firstSlot + nodes[index].slotCount)
        guard let keys = nodes[index].plan?.responseKeys else { return .list(slotRange.map(value(atSlot:))) }
        var object = ObjectValue()
        object.reserveCapacity(keys.count)
        for (key, slot) in zip(keys, slotRange) {
            object.appendUnchecked(key: key, value: value(atSlot: slot))
        }
        return .object(object)
    }

    private func value(atSlot slot: Int) -> Value {
        switch slots[slot] {
        case .value(let value): value
        case .node(let index): value(of: index)
        case .pending: .null
        }
    }
}
