import Foundation
import KamakiAPI

extension ImageRecord {
    /// The compute API's status for the image service's (`AVAILABLE` → `ACTIVE`).
    var computeStatus: String {
        switch status {
        case "AVAILABLE": "ACTIVE"
        case "UNAVAILABLE": "SAVING"
        case "ERROR", "DELETED": status
        default: "UNKNOWN"
        }
    }

    /// The image as the compute API's `GET /images` (`detail: false`), `/images/detail` and `/images/{id}` show it.
    func computeJSON(_ links: Links, detail: Bool = true) -> JSON {
        var fields: [(String, JSON)] = [("id", .string(id)), ("name", .string(name))]
        guard detail else {
            fields.append(("links", computeLinks(links)))
            return .object(JSONObject(fields))
        }
        fields += [
            ("updated", .string(Timestamp.iso(updated))), ("created", .string(Timestamp.iso(created))),
            ("status", .string(computeStatus)), ("progress", computeStatus == "ACTIVE" ? 100 : 0),
            ("user_id", .string(owner)), ("tenant_id", .string(owner)), ("public", .bool(isPublic)),
            ("links", computeLinks(links)), ("metadata", .object(properties)), ("is_snapshot", false),
        ]
        return .object(JSONObject(fields))
    }

    private func computeLinks(_ links: Links) -> JSON {
        let href = "\(links.compute)/images/\(id)"
        return [
            ["rel": "self", "href": .string(href)], ["rel": "bookmark", "href": .string(href)],
            ["rel": "alternate", "href": .string("\(links.image)/v1.0/images/\(id)")],
        ]
    }

    /// The image as the image service (Plankton) lists it: the short fields, or every field with `detail`.
    func planktonJSON(detail: Bool) -> JSON {
        var fields: [(String, JSON)] = [
            ("id", .string(id)), ("name", .string(name)), ("status", .string(status)), ("disk_format", .string(diskFormat)),
            ("container_format", .string(containerFormat)), ("size", .int(size)),
        ]
        if detail {
            fields += [
                ("checksum", .string(checksum)), ("location", .string(location)), ("created_at", .string(Self.planktonTime(created))),
                ("updated_at", .string(Self.planktonTime(updated))), ("deleted_at", .string(deleted.map(Self.planktonTime) ?? "")),
                ("is_public", .bool(isPublic)), ("owner", .string(owner)), ("is_snapshot", false), ("properties", .object(properties)),
            ]
        }
        return .object(JSONObject(fields))
    }

    /// The `x-image-meta-*` headers of Plankton's `HEAD /images/{id}`: Python's text for booleans, the name
    /// and property values percent-encoded, `_` in keys written `-`.
    var planktonHeaders: [(String, String)] {
        var headers: [(String, String)] = [
            ("x-image-meta-name", Self.quote(name)), ("x-image-meta-disk-format", diskFormat),
            ("x-image-meta-container-format", containerFormat), ("x-image-meta-size", String(size)),
            ("x-image-meta-checksum", checksum), ("x-image-meta-location", location),
            ("x-image-meta-created-at", Self.planktonTime(created)), ("x-image-meta-updated-at", Self.planktonTime(updated)),
            ("x-image-meta-deleted-at", deleted.map(Self.planktonTime) ?? ""), ("x-image-meta-status", status),
            ("x-image-meta-is-public", isPublic ? "True" : "False"), ("x-image-meta-owner", owner),
        ]
        for (key, value) in properties {
            let text = value.stringValue ?? value.serialized()
            headers.append(("x-image-meta-property-" + Self.quote(key.replacingOccurrences(of: "_", with: "-")), Self.quote(text)))
        }
        headers += [("x-image-meta-id", id), ("x-image-meta-is-snapshot", "False")]
        return headers
    }

    /// Plankton's time format: `2013-05-29 17:30:03` (UTC).
    static func planktonTime(_ micros: Int64) -> String {
        let iso = Timestamp.iso(micros)
        return String(iso.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }

    /// Python's `urllib.quote`: everything but letters, digits and `_.-/` percent-encoded (UTF-8).
    static func quote(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 0x80,
                scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar)) || "_.-/".unicodeScalars.contains(scalar)
            {
                out.unicodeScalars.append(scalar)
            } else {
                out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return out
    }
}
