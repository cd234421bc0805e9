import Foundation
import KamakiAPI
import KamakiClient
import Testing

@testable import KamakiCommands

/// Text from a cloud is data: error messages never carry its control characters to the terminal.
@Suite struct HostileTextTests {
    static func hasControl(_ text: String) -> Bool {
        text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) }
    }

    @Test func aFaultsMessageAndDetailsAreShownEscaped() {
        let fault = APIFault(name: "conflict", code: 409, message: "bad\u{1b}[2Jname", details: "ring\u{07}. over\rwrite\u{9b}31m")
        let block = ErrorPresenter.block(for: ClientError(.http(status: 409, reason: "CONFLICT", fault: fault, body: ""))).text
        #expect(!Self.hasControl(block), "\(block.debugDescription)")
        #expect(block.hasPrefix(#"(409) bad\x1b[2Jname"#), "\(block)")
        #expect(block.contains(#"ring\x07."#) && block.contains(#"over\rwrite\x9b31m"#), "\(block)")
    }

    @Test func aNonJSONErrorBodyIsShownEscaped() {
        let body = "<h1>\u{1b}]0;pwned\u{07}Bad gateway\r</h1>\nline two\u{1b}[A"
        let error = ClientError(.http(status: 502, reason: "BAD GATEWAY", fault: nil, body: body), method: "GET", url: "http://x/y")
        let block = ErrorPresenter.block(for: error).text
        #expect(!Self.hasControl(block), "\(block.debugDescription)")
        #expect(block.contains(#"<h1>\x1b]0;pwned\x07Bad gateway\r</h1>"#), "\(block)")
        // An unauthorised reply's fault, and a wait's last status, come from the server too.
        let unauthorized = ClientError(
            .http(status: 401, reason: "UNAUTHORIZED", fault: APIFault(name: "x\u{1b}", code: 401, message: "m\u{1b}"), body: ""))
        #expect(!Self.hasControl(ErrorPresenter.block(for: unauthorized).text))
        #expect(!Self.hasControl(ErrorPresenter.block(for: ClientError(.waitTimeout(lastStatus: "BUILD\u{1b}[2J"))).text))
        #expect(!Self.hasControl(ErrorPresenter.block(for: ClientError(.invalidResponse("no key \u{1b}[2J"))).text))
    }

    /// `-o json` prints the cloud's strings as JSON escapes: the same values, no control on the terminal.
    @Test func jsonOutputCarriesNoControlCharacter() throws {
        let name = "web\u{1b}[2J\u{9b}31m\u{7f}\u{202e}"
        let value = JSON.object(JSONObject([("id", "7"), ("name", .string(name)), ("tags", .array([.string("a\u{85}b")]))]))
        let output = BufferedOutput()
        Renderer(output: output).json(value)
        #expect(!Self.hasControl(output.standard), "\(output.standard.debugDescription)")
        #expect(output.standard.contains(#""name": "web\u001b[2J\u009b31m\u007f\u202e""#), "\(output.standard)")
        #expect(try JSON.parse(output.standard) == value)
    }

    @Test func aWaitsNoteShowsTheServersStatusEscaped() {
        let hostile = "ACTIVE\u{1b}]0;pwned\u{07}"
        for condition in [WaitCondition.whileStatus("BUILD"), .untilStatus(hostile)] {
            let note = StatusWait.alreadyDone(kind: "Port", id: "7\u{1b}[2J", current: hostile, condition: condition)
            #expect(note.map(Self.hasControl) == false, "\(note.debugDescription)")
        }
    }
}
