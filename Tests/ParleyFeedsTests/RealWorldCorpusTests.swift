import Foundation
import Testing
import ParleyFeeds

/// `../shared/feeds/realworld`: every file is read without a crash, yields entries or a clear error, and the
/// broken ones say what is wrong while keeping what could be recovered.
struct RealWorldCorpusTests {
    static let corpus = FixtureLoader.packageRoot.appendingPathComponent("../shared/feeds/realworld").standardized

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus.path), "needs ../shared beside the repository"))
    func everyRealWorldFeedIsReadOrClearlyRefused() throws {
        let corpus = Self.corpus
        let files = try FileManager.default.contentsOfDirectory(at: corpus, includingPropertiesForKeys: nil)
            .filter { ["xml", "json"].contains($0.pathExtension) }
        #expect(files.count == 55)
        var refused: [String] = []
        for file in files {
            let data = try Data(contentsOf: file)
            do {
                let feed = try FeedParser().parse(data, documentURL: file.absoluteString)
                if feed.bozo { #expect(feed.bozoReason?.isEmpty == false, "\(file.lastPathComponent)") }
                // Only the truncated Reuters feed has no item at all before the point where it breaks off.
                if !file.lastPathComponent.contains("broken") {
                    #expect(!feed.entries.isEmpty, "\(file.lastPathComponent)")
                }
            } catch {
                refused.append("\(file.lastPathComponent): \(error.description)")
            }
        }
        #expect(refused == ["daringfireball-jsonfeed.json: not a feed: looks like JSON (a JSON Feed is not read)"])
    }
}
