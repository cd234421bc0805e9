/// A sink whose error blocks start with their first line coloured (``Colour/header(of:)``);
/// everything else passes through. The runner puts it around a command's sink only when the
/// error stream gets colour, so a sink without colour pays nothing.
final class ColouredFailures: ForwardingSink {
    let base: any OutputSink

    init(_ base: any OutputSink) {
        self.base = base
    }

    func failure(_ block: String) { base.failure(Colour.header(of: block)) }
}
