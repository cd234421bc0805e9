import Foundation
public import KamakiAPI

extension CloudClient {
    /// The image service's (Plankton's) listing, `GET /images/` or `GET /images/detail`, with its filters
    /// (`name`, `status`, `disk_format`, `container_format`, `size_min`, `size_max`) and order
    /// (`sort_key`; `sort_dir` is `asc` unless `descending`). The answer is a bare list (newer Synnefo:
    /// `{"images": [...]}`, read too).
    public func listImages(
        detail: Bool = false, filters: [(String, String)] = [], sortKey: String? = nil, descending: Bool = false
    ) async throws -> [Image] {
        var query = try filters.map { "\($0.0)=\(try Self.segment($0.1))" }
        query.append("sort_dir=" + (descending ? "desc" : "asc"))
        if let sortKey { query.append("sort_key=" + (try Self.segment(sortKey))) }
        let path = (detail ? "/images/detail" : "/images/") + "?" + query.joined(separator: "&")
        if try await dialect() == .openstack, try await !hasService(.image) { throw OpenStackImages.noImageService }
        return try await request("GET", .image, path, expect: 200) { body in
            guard let items = (body?["images"] ?? body)?.arrayValue else { throw WireError.missingKey("images") }
            return try items.map { item in
                guard let object = item.objectValue else { throw WireError.wrongType("images") }
                return Image(raw: object)
            }
        }
    }

    /// The image service's metadata of an image, `HEAD /images/{id}`, read from its `x-image-meta-*`
    /// headers as kamaki 0.16 reads them: `x-image-meta-property-K` into `properties` (`-` in K as `_`),
    /// the others by their name after the prefix (`disk-format`); values percent-decoded.
    public func imageMetadata(_ id: String) async throws -> Image {
        let (response, _) = try await exchange("HEAD", .image, "/images/" + Self.segment(id), expect: 200)
        var meta = JSONObject()
        var properties = JSONObject()
        for (name, value) in response.headers {
            let key = name.lowercased()
            let text = value.removingPercentEncoding ?? value
            if key.hasPrefix("x-image-meta-property-") {
                properties[String(key.dropFirst(22)).replacingOccurrences(of: "-", with: "_")] = .string(text)
            } else if key.hasPrefix("x-image-meta-") {
                meta[String(key.dropFirst(13))] = .string(text)
            }
        }
        meta["properties"] = .object(properties)
        return Image(raw: meta)
    }

    /// The compute API's images, `GET /images` or, with `detail`, `GET /images/detail`.
    public func listComputeImages(detail: Bool = false) async throws -> [Image] {
        if try await dialect() == .openstack { throw OpenStackImages.noComputeImages }
        return try await list(Image.self, "images", .compute, detail ? "/images/detail" : "/images")
    }

    /// The compute API's image, `GET /images/{id}`.
    public func computeImage(_ id: String) async throws -> Image {
        if try await dialect() == .openstack { throw OpenStackImages.noComputeImages }
        return try await one(Image.self, "image", "GET", .compute, "/images/" + Self.segment(id))
    }
}
