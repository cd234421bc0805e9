/// A sink around another that passes everything on to it: a conformer changes only what it
/// implements itself (``ColouredFailures`` the error blocks, a script's sink their label).
public protocol ForwardingSink: OutputSink {
    /// The sink everything goes on to.
    var base: any OutputSink { get }
}

extension ForwardingSink {
    public var errorIsTerminal: Bool { base.errorIsTerminal }
    public var columns: Int? { base.columns }
    public var colours: Bool { base.colours }
    public var errorColours: Bool { base.errorColours }
    public func write(_ text: String, to stream: OutputStream) { base.write(text, to: stream) }
    public func standardFailure() -> Int32? { base.standardFailure() }
    public func failure(_ block: String) { base.failure(block) }
}
