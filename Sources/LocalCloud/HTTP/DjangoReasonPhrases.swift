import KamakiAPI
import NIOCore
import NIOHTTP1

/// Writes Synnefo's (Django 1.7) upper-case reason phrases, e.g. `413 REQUEST ENTITY TOO LARGE`.
///
/// NIO maps every known status code to its standard phrase, whatever the response says, so this handler
/// rewrites the status of each response head just before the HTTP/1 encoder. kamaki prints the phrase.
final class DjangoReasonPhrases: ChannelOutboundHandler, RemovableChannelHandler, Sendable {
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .head(var head) = unwrapOutboundIn(data) else {
            context.write(data, promise: promise)
            return
        }
        let code = Int(head.status.code)
        head.status = .custom(code: UInt(code), reasonPhrase: ReasonPhrase.forStatus(code))
        context.write(wrapOutboundOut(.head(head)), promise: promise)
    }
}

/// Added by Hummingbird after its HTTP codecs; puts ``DjangoReasonPhrases`` right after NIO's response encoder
/// and takes itself out of the pipeline.
final class DjangoReasonPhrasesInstaller: ChannelInboundHandler, RemovableChannelHandler, Sendable {
    typealias InboundIn = NIOAny

    func handlerAdded(context: ChannelHandlerContext) {
        let operations = context.pipeline.syncOperations
        if let encoder = try? operations.handler(type: HTTPResponseEncoder.self) {
            try? operations.addHandler(DjangoReasonPhrases(), position: .after(encoder))
        }
        operations.removeHandler(context: context, promise: nil)
    }
}
