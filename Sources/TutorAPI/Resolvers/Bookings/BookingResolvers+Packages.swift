import GraphQLEngine
import TutorDomain
import TutorStore

extension StudentPackageRow: NodeBacked {
    var nodeID: GlobalID { GlobalID(.studentPackage, id) }
}

extension RequestContext {
    /// The package `id` when the viewer is its student, its tutor or staff; null otherwise.
    func visiblePackage(_ id: Int64) -> Promise<StudentPackageRow?> {
        packageByID.deferred(id).map { [viewer] package in
            package.flatMap { package in
                AccessPolicy.allows(
                    viewer, .readPackage(studentUserID: package.studentUserID, tutorUserID: package.tutorUserID))
                    ? package : nil
            }
        }
    }
}

extension BookingResolvers {
    /// `StudentPackage`.
    static func packageType() -> ObjectResolvers<StudentPackageRow> {
        var package = ObjectResolvers("StudentPackage", as: StudentPackageRow.self)
        package.field("id") { $0.nodeID.description }
        package.field("student") { package, _, context in
            .load(context.studentProfileByID.deferred(package.studentProfileID))
        }
        package.field("tutor") { package, _, context in .load(context.tutorByID.deferred(package.tutorProfileID)) }
        package.field("pricingOption") { package, _, context in
            guard let optionID = package.pricingOptionID else { return .value(nil) }
            return .load(context.pricingOptionByID.deferred(optionID))
        }
        package.field("sessionsPurchased") { $0.sessionsPurchased }
        package.field("sessionsUsed") { $0.sessionsUsed }
        package.field("sessionsRemaining") { $0.sessionsRemaining }
        package.field("pricePaid") { $0.pricePaid }
        package.field("purchasedAt") { $0.purchasedAt }
        package.field("expiresAt") { $0.expiresAt }
        package.field("status") { $0.status.uppercased() }
        return package
    }

    /// `packages`: the packages the viewer bought as a student (none for other accounts).
    static func registerPackageQueries(_ query: inout ObjectResolvers<RootValue>) {
        query.field("packages") { _, arguments, context in
            let viewer = try AccessPolicy.requireSignedIn(context.viewer)
            let request = try PageRequest(arguments: arguments)
            let (page, position) = try request.instantKeyset()
            let status = arguments["status"]?.stringValue?.lowercased()
            let packages = context.store.packages
            return .run {
                let rows = try await packages.list(studentUserID: viewer.userID, status: status, page: page, after: position)
                return Connection(rows: rows, request: request, cursor: \.position.cursor) { _ in
                    .run { try await packages.count(studentUserID: viewer.userID, status: status) }
                }
            }
        }
    }
}
