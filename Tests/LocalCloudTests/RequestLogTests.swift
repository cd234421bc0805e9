import Testing

@testable import LocalCloud

@Suite struct RequestLogTests {
    @Test func keepsOnlyTheLastEntries() {
        let log = RequestLog()
        for index in 0..<(3 * RequestLog.capacity + 5) { log.append("GET /\(index)") }
        let all = log.all
        #expect(all.count == RequestLog.capacity)
        #expect(all.first == "GET /\(2 * RequestLog.capacity + 5)")
        #expect(all.last == "GET /\(3 * RequestLog.capacity + 4)")
    }
}
