import Foundation

/// A route handler.
typealias Handler = @Sendable (CloudRequest) async throws -> CloudResponse

/// The API's routes, matched the way Synnefo's URL patterns match.
///
/// A pattern is a path such as `/network/v2.0/networks/{}`: literal segments and `{}` captures.
/// Literal routes are tried before capturing ones, so `networks/detail` wins over `networks/{id}`.
struct RouteTable: Sendable {
    struct Route: Sendable {
        var segments: [Substring?]
        var trailingSlash: Bool
        var numericCaptures: Bool
        var service: Service?
        var allow: String
        var handlers: [String: Handler]
    }

    /// A matched route and its captures.
    struct Match: Sendable {
        var route: Route
        var captures: [String]
    }

    private var routes: [Route] = []

    /// Adds a route.
    /// - Parameters:
    ///   - pattern: the path, `{}` for a capture.
    ///   - trailingSlash: whether `pattern/` matches too.
    ///   - numeric: whether captures must be all digits to match (compute item routes).
    ///   - allow: the `Allow` header of the 405 answer.
    mutating func add(
        _ pattern: String, trailingSlash: Bool = true, numeric: Bool = false, allow: String,
        _ handlers: [String: Handler]
    ) {
        let segments: [Substring?] = pattern.split(separator: "/").map { $0 == "{}" ? nil : $0 }
        routes.append(
            Route(
                segments: segments, trailingSlash: trailingSlash, numericCaptures: numeric,
                service: segments.first.flatMap { $0.flatMap(Service.init(prefix:)) }, allow: allow,
                handlers: handlers))
        routes.sort { lhs, rhs in lhs.segments.filter { $0 == nil }.count < rhs.segments.filter { $0 == nil }.count }
    }

    /// The route for `path`, if any. A `.json` suffix on the last segment is ignored.
    func match(_ path: String) -> Match? {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.first == "" { segments.removeFirst() }
        var slash = false
        if segments.count > 1, segments.last == "" {
            segments.removeLast()
            slash = true
        }
        if let last = segments.last, last.hasSuffix(".json"), last.count > 5 {
            segments[segments.count - 1] = last.dropLast(5)
        }
        for route in routes where route.segments.count == segments.count && (!slash || route.trailingSlash) {
            var captures: [String] = []
            var matched = true
            for (pattern, segment) in zip(route.segments, segments) {
                if let pattern {
                    if pattern != segment {
                        matched = false
                        break
                    }
                } else {
                    if segment.isEmpty || (route.numericCaptures && !segment.allSatisfy { $0.isASCII && $0.isNumber }) {
                        matched = false
                        break
                    }
                    captures.append(String(segment).removingPercentEncoding ?? String(segment))
                }
            }
            if matched { return Match(route: route, captures: captures) }
        }
        return nil
    }
}
