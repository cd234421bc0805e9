import KamakiAPI

/// The filters and order of an image service listing (`name`, `container_format`, `disk_format`, `status`,
/// `size_min`, `size_max`, `sort_key`, `sort_dir`), checked as Plankton checks them.
struct ImageListing: Sendable {
    static let sortKeys = ["id", "name", "status", "size", "disk_format", "container_format", "created_at", "updated_at"]

    var exact: [(key: String, value: String)] = []
    var sizeMin: Int64?
    var sizeMax: Int64?
    var sortKey = "created_at"
    var descending = true

    init(query: [String: String]) throws {
        for key in ["name", "container_format", "disk_format", "status"] {
            if let value = query[key] { exact.append((key, value)) }
        }
        if let key = query["sort_key"] {
            guard Self.sortKeys.contains(key) else { throw APIFault.badRequest("Invalid 'sort_key'") }
            sortKey = key
        }
        if let direction = query["sort_dir"] {
            guard direction == "asc" || direction == "desc" else { throw APIFault.badRequest("Invalid 'sort_dir'") }
            descending = direction == "desc"
        }
        sizeMin = try query["size_min"].map(Self.size)
        sizeMax = try query["size_max"].map(Self.size)
    }

    private static func size(_ text: String) throws -> Int64 {
        guard let value = Int64(text) else { throw APIFault.badRequest("Malformed request.") }
        return value
    }

    /// The images that pass the filters, in the requested order (ties by id).
    func apply(to images: [ImageRecord]) -> [ImageRecord] {
        let kept = images.filter { image in
            exact.allSatisfy { field(image, $0.key) == $0.value } && sizeMin.map { image.size >= $0 } != false
                && sizeMax.map { image.size <= $0 } != false
        }
        return kept.sorted { lhs, rhs in
            let (left, right) = (key(lhs), key(rhs))
            if left == right { return lhs.id < rhs.id }
            return descending ? right < left : left < right
        }
    }

    private func field(_ image: ImageRecord, _ name: String) -> String {
        switch name {
        case "name": image.name
        case "container_format": image.containerFormat
        case "disk_format": image.diskFormat
        default: image.status
        }
    }

    /// The sort key's value: numbers compare as numbers (zero-padded), times in order.
    private func key(_ image: ImageRecord) -> String {
        switch sortKey {
        case "id": image.id
        case "name": image.name
        case "status": image.status
        case "size": String(repeating: "0", count: max(0, 20 - String(image.size).count)) + String(image.size)
        case "disk_format": image.diskFormat
        case "container_format": image.containerFormat
        case "updated_at": Timestamp.iso(image.updated)
        default: Timestamp.iso(image.created)
        }
    }
}
