/// Builds the demo marketplace in memory from a fixed seed: the same subjects and clock give the same data.
///
/// Each area lives in its own extension (`+Accounts`, `+Tutors`, …) and appends to `dataset` in dependency
/// order: accounts, tutors, students and their pairs, bookings and their histories, money, reviews, messages,
/// notifications and the admin trail.
struct DemoDatasetBuilder {
    static let tutorCount = 50
    static let studentCount = 200
    /// Every demo account's e-mail domain.
    static let emailDomain = "example.com"

    let subjects: [DemoSubject]
    let clock: DemoClock
    var random: SeedRandom
    var dataset = DemoDataset()

    init(subjects: [DemoSubject], clock: DemoClock, seed: UInt64 = 0x7475_746F_7267_7261) {
        precondition(!subjects.isEmpty, "the migrations seed the subjects")
        self.subjects = subjects
        self.clock = clock
        random = SeedRandom(seed: seed)
        dataset.subjects = subjects
    }

    /// The complete dataset.
    mutating func build() -> DemoDataset {
        addAccounts()
        addTutors()
        addStudents()
        addBookings()
        playOutBookings()
        addPackages()
        priceBookings()
        addPayments()
        addPayouts()
        addReviews()
        addSessionMaterials()
        addConversations()
        addNotifications()
        addAdministration()
        return dataset
    }
}
