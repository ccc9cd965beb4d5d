import PostgresNIO
import Testing
import TutorTestSupport

@Suite("Tutor full-text search")
struct SearchVectorTests {
    private func matches(_ query: String, _ client: PostgresClient) async throws -> [Int] {
        var ids: [Int] = []
        let rows = try await client.query(
            """
            SELECT id FROM tutor_profiles
            WHERE search_vector @@ websearch_to_tsquery('english', \(query)) ORDER BY id
            """,
            logger: testLogger
        )
        for try await id in rows.decode(Int.self) { ids.append(id) }
        return ids
    }

    @Test("inserting a profile fills search_vector, and a word of the bio finds it")
    func findsTutorByBioWord() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile(
                title: "Biology tutor", bio: "I explain photosynthesis with garden experiments."
            )
            _ = try await fixtures.tutorProfile(title: "Chess coach", bio: "Openings and endgames.")
            #expect(try await matches("photosynthesis", client) == [tutor])
            #expect(try await matches("experiment", client) == [tutor], "stemmed by the english configuration")
            #expect(try await matches("violin", client).isEmpty)
        }
    }

    @Test("updating the title refreshes the vector, weighting the title A and the bio C")
    func refreshesOnUpdate() async throws {
        try await TestDatabase.withFreshDatabase { client, _ in
            let fixtures = SchemaFixtures(client: client)
            let tutor = try await fixtures.tutorProfile(title: "Algebra tutor", bio: "Patient explanations.")
            try await client.query(
                "UPDATE tutor_profiles SET title = 'Quantum physics mentor' WHERE id = \(tutor)", logger: testLogger
            )
            #expect(try await matches("quantum", client) == [tutor])
            #expect(try await matches("algebra", client).isEmpty)
            let vector = try await client.query(
                "SELECT search_vector::text FROM tutor_profiles WHERE id = \(tutor)", logger: testLogger
            ).singleValue(String.self)
            #expect(vector.contains("'quantum':1A"))
            #expect(vector.contains("'patient':4C"))
        }
    }
}
