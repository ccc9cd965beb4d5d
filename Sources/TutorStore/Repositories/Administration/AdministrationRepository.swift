/// The staff's actions on tutors, users and reports: each one transaction that locks its row, checks the row's
/// state, changes it, writes its `audit_log` entry and queues its side effects in the outbox.
public struct AdministrationRepository: Sendable {
    let database: Database
}

extension Store {
    /// Staff actions, each audited.
    public var administration: AdministrationRepository { AdministrationRepository(database: database) }
}
