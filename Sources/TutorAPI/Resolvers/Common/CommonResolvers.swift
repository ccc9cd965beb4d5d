import GraphQLEngine
import TutorDomain

/// Types every area uses: custom scalars, `Money`, `PageInfo`, the `Node` interface.
enum CommonResolvers: APIArea {
    static func register(_ map: inout ResolverMap) {
        map.scalars["DateTime"] = CustomScalars.dateTime
        map.scalars["Date"] = CustomScalars.date
        map.scalars["JSON"] = CustomScalars.json
        map.scalars["LocalTime"] = LocalTimeScalar.coercion

        var money = ObjectResolvers("Money", as: Money.self)
        money.field("amountCents") { $0.cents }
        money.field("currency") { $0.currency }
        money.field("formatted") { MoneyFormatter.format($0) }
        map.add(money)

        var pageInfo = ObjectResolvers("PageInfo", as: PageInfo.self)
        pageInfo.field("hasNextPage") { $0.hasNextPage }
        pageInfo.field("hasPreviousPage") { $0.hasPreviousPage }
        pageInfo.field("startCursor") { $0.startCursor }
        pageInfo.field("endCursor") { $0.endCursor }
        map.add(pageInfo)

        map.typeResolvers["Node"] = { value, _ in
            guard let node = value as? any NodeBacked else {
                throw ResolverWiringError("\(type(of: value)) is not a Node.")
            }
            return node.nodeID.kind.rawValue
        }
    }
}

/// A value with a global ID: the rows behind every `Node` type conform.
protocol NodeBacked: Sendable {
    var nodeID: GlobalID { get }
}
