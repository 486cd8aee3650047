import Foundation
import Testing
@testable import Screening

@Suite("Screen files: where runs are kept")
struct ScreenFilesTests {
    @Test func theFolderComesFromTheEnvironmentInOrder() {
        #expect(ScreenFiles(environment: ["HOTSEAT_SCREEN_DIR": "/srv/screens", "HOTSEAT_HOME": "/h", "HOME": "/home/x"]).base.path == "/srv/screens")
        #expect(ScreenFiles(environment: ["HOTSEAT_HOME": "/h", "HOME": "/home/x"]).base.path == "/h/screens")
        // $HOME, not the passwd entry: a sandbox or a test that sets HOME keeps its runs there.
        #expect(ScreenFiles(environment: ["HOME": "/tmp/trial"]).base.path == "/tmp/trial/.hotseat/screens")
        #expect(ScreenFiles(environment: ["HOME": ""]).base.path
            == FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".hotseat/screens").path)
    }
}
