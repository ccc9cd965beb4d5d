import Testing
import TutorDomain

@Suite("Session material policy")
struct SessionMaterialPolicyTests {
    @Test("materials are taken while a session is on or has taken place, never once it will not be held")
    func acceptingStates() {
        let accepting = SessionState.allCases.filter(SessionMaterialPolicy.acceptsMaterials)
        #expect(accepting == [.requested, .scheduled, .active, .ended])
    }

    @Test("media types are lower-case type/subtype, as the database's CHECK has them")
    func mediaTypes() {
        for valid in ["application/pdf", "image/svg+xml", "application/vnd.ms-excel", "audio/mp4"] {
            #expect(SessionMaterialPolicy.isMediaType(valid), "\(valid)")
        }
        for invalid in ["", "pdf", "Application/PDF", "text/", "/plain", "text/plain; charset=utf-8", "text/plain\n"] {
            #expect(!SessionMaterialPolicy.isMediaType(invalid), "\(invalid)")
        }
    }

    @Test("each kind of content names its session_materials kind")
    func kinds() {
        #expect(SessionMaterialDraft.Content.file(storageKey: "k", mimeType: "a/b", sizeBytes: 1).kind == "file")
        #expect(SessionMaterialDraft.Content.link(url: "https://x.org").kind == "link")
        #expect(SessionMaterialDraft.Content.note(body: "Hi").kind == "note")
    }

    @Test("the file limit is 50 MB")
    func fileLimit() {
        #expect(SessionMaterialPolicy.maximumFileBytes == 52_428_800)
    }
}
