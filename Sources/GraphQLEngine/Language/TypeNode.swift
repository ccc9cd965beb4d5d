// `Type` references in the AST, stored flat.

/// `Type : NamedType | ListType | NonNullType`
///
/// Stored flat, the named type at the core plus the list and non-null wrappers around it, rather than
/// as a recursive enum, which boxes every wrapper on the heap (`[ID!]!` would be three allocations).
/// Built with `.named`, `.list` and `.nonNull` as the enum was; `shape` peels the outermost wrapper
/// for code that walks a type from the outside in.
public struct TypeNode: Sendable, Hashable {
    /// The named type at the core of any wrapping.
    public private(set) var namedType: NamedTypeNode
    private var wrappers: TypeWrappers

    /// One level of a type as the grammar nests it: a named type, or a wrapper around an inner type.
    public enum Shape: Sendable, Hashable {
        case named(NamedTypeNode)
        case list(TypeNode, Location)
        case nonNull(TypeNode, Location)
    }

    /// `NamedType`
    public static func named(_ node: NamedTypeNode) -> TypeNode {
        TypeNode(namedType: node, wrappers: TypeWrappers())
    }

    /// `ListType : [ Type ]`, spanning `loc`.
    public static func list(_ itemType: TypeNode, _ loc: Location) -> TypeNode {
        itemType.wrapped(in: .list, at: loc)
    }

    /// `NonNullType : NamedType ! | ListType !`, spanning `loc`.
    public static func nonNull(_ nullableType: TypeNode, _ loc: Location) -> TypeNode {
        nullableType.wrapped(in: .nonNull, at: loc)
    }

    /// The outermost level: the named type, or the outermost wrapper and the type it wraps.
    public var shape: Shape {
        guard let outermost = wrappers.outermost else { return .named(namedType) }
        var inner = self
        inner.wrappers.removeOutermost()
        switch outermost.kind {
        case .list: return .list(inner, outermost.loc)
        case .nonNull: return .nonNull(inner, outermost.loc)
        }
    }

    public var loc: Location {
        wrappers.outermost?.loc ?? namedType.loc
    }

    /// This type inside one more wrapper.
    private func wrapped(in kind: TypeWrappers.Kind, at loc: Location) -> TypeNode {
        var outer = self
        outer.wrappers.append(TypeWrappers.Wrapper(kind: kind, loc: loc))
        return outer
    }
}

/// The list and non-null wrappers of a `TypeNode`, innermost first: the first three inline (every type
/// a document usually writes, up to `[T!]!`), any further ones in an array.
///
/// Unused inline slots stay zero, so equality and hashing see one representation per type.
struct TypeWrappers: Sendable, Hashable {
    /// Which wrapper a level is.
    enum Kind: Sendable, Hashable {
        case list, nonNull
    }

    /// One wrapper and the source it spans.
    struct Wrapper: Sendable, Hashable {
        var kind: Kind
        var loc: Location
    }

    private static let inlineCapacity = 3
    private static let unused = Location(start: 0, end: 0)

    private var inlineLocations = (unused, unused, unused)
    /// Bit `i` is set when inline wrapper `i` is a list.
    private var inlineListBits: UInt8 = 0
    private var inlineCount: UInt8 = 0
    /// The wrappers past the inline ones, innermost first.
    private var overflow: [Wrapper] = []

    /// The outermost wrapper, if any.
    var outermost: Wrapper? {
        if let last = overflow.last { return last }
        guard inlineCount > 0 else { return nil }
        let index = Int(inlineCount) - 1
        return Wrapper(kind: inlineListBits & (1 << index) != 0 ? .list : .nonNull, loc: inlineLocation(index))
    }

    /// Adds `wrapper` outside the others.
    mutating func append(_ wrapper: Wrapper) {
        let index = Int(inlineCount)
        guard index < Self.inlineCapacity else { return overflow.append(wrapper) }
        setInlineLocation(index, wrapper.loc)
        if wrapper.kind == .list { inlineListBits |= 1 << index }
        inlineCount += 1
    }

    /// Removes the outermost wrapper; there must be one.
    mutating func removeOutermost() {
        guard overflow.isEmpty else {
            overflow.removeLast()
            return
        }
        let index = Int(inlineCount) - 1
        setInlineLocation(index, Self.unused)
        inlineListBits &= ~(1 << index)
        inlineCount -= 1
    }

    private func inlineLocation(_ index: Int) -> Location {
        switch index {
        case 0: inlineLocations.0
        case 1: inlineLocations.1
        default: inlineLocations.2
        }
    }

    private mutating func setInlineLocation(_ index: Int, _ loc: Location) {
        switch index {
        case 0: inlineLocations.0 = loc
        case 1: inlineLocations.1 = loc
        default: inlineLocations.2 = loc
        }
    }

    // Written out because tuples are not `Hashable`.

    static func == (lhs: TypeWrappers, rhs: TypeWrappers) -> Bool {
        lhs.inlineLocations == rhs.inlineLocations && lhs.inlineListBits == rhs.inlineListBits
            && lhs.inlineCount == rhs.inlineCount && lhs.overflow == rhs.overflow
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(inlineLocations.0)
        hasher.combine(inlineLocations.1)
        hasher.combine(inlineLocations.2)
        hasher.combine(inlineListBits)
        hasher.combine(inlineCount)
        hasher.combine(overflow)
    }
}
