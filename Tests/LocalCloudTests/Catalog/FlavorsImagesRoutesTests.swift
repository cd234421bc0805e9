import KamakiAPI
import KamakiTestSupport
import LocalCloud
import NIOHTTP1
import Testing

/// Compute flavors and images and the image service (Plankton), as Synnefo serves them to kamaki 0.16.
@Suite struct FlavorsImagesRoutesTests {
    @Test func flavorsListDetailAndGet() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let href = api.base + "/compute/v2.0/flavors/1"
            let links: JSON = [["rel": "self", "href": .string(href)], ["rel": "bookmark", "href": .string(href)]]
            let list = try await api.get("/compute/v2.0/flavors")
            #expect(list.status == 200)
            #expect(list["flavors"]?.arrayValue?.first == ["id": 1, "name": "C1R128D1drbd", "links": links])
            #expect(list["flavors"]?.arrayValue?.map { $0["name"] } == ["C1R128D1drbd", "C1R128D1plain"])
            let drbd: JSON = [
                "id": 1, "name": "C1R128D1drbd", "links": links, "ram": 128, "disk": 1, "vcpus": 1, "SNF:disk_template": "drbd",
            ]
            #expect(try await api.get("/compute/v2.0/flavors/detail")["flavors"]?.arrayValue?.first == drbd)
            #expect(try await api.get("/compute/v2.0/flavors/1")["flavor"] == drbd)
            #expect(try await api.get("/compute/v2.0/flavors/2.json")["flavor"]?["SNF:disk_template"] == "plain")
            #expect(try await api.get("/compute/v2.0/flavors/1/os-extra_specs").json == ["extra_specs": [:]])
            #expect(try await api.get("/compute/v2.0/flavors?SNF:is_public=false")["flavors"] == [])
            #expect(try await api.get("/compute/v2.0/flavors?SNF:is_public=True")["flavors"]?.arrayValue?.count == 2)
            #expect(try await api.get("/compute/v2.0/flavors?SNF:flavor-access=p")["flavors"] == [])
        }
    }

    @Test func flavorErrors() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let missing = try await api.get("/compute/v2.0/flavors/99")
            #expect(missing.status == 404 && missing.fault == APIFault(name: "itemNotFound", code: 404, message: "Flavor not found."))
            let word = try await api.get("/compute/v2.0/flavors/one")
            #expect(word.status == 400 && word.message == "API endpoint not found")
            let post = try await api.post("/compute/v2.0/flavors", ["flavor": [:]])
            #expect(post.status == 405 && post.headers["Allow"] == ["GET"])
            var stranger = api
            stranger.token = "n0t-a-t0k3n"
            #expect(try await stranger.get("/compute/v2.0/flavors").status == 401)
        }
    }

    @Test func computeImages() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let list = try await api.get("/compute/v2.0/images")
            #expect(list["images"]?.arrayValue?.map { $0["id"] } == ["53c0nd-1m4g3-1d", "f1r57-1m4g3-1d"])
            let image = try await api.get("/compute/v2.0/images/f1r57-1m4g3-1d")["image"]
            #expect(image?["name"] == "Debian Base Alpha" && image?["status"] == "ACTIVE" && image?["progress"] == 100)
            #expect(image?["metadata"] == ["os": "debian", "users": "root"])
            #expect(image?["user_id"] == "s0m3-u53r-1d" && image?["public"] == true && image?["is_snapshot"] == false)
            #expect(image?["created"] == "2013-05-29T17:30:03.040929+00:00")
            #expect(image?["links"]?.arrayValue?.last?["href"] == .string(api.base + "/image/v1.0/images/f1r57-1m4g3-1d"))
            #expect(try await api.get("/compute/v2.0/images/detail")["images"]?.arrayValue?.first?["metadata"]?["os"] == "debian")
            #expect(
                try await api.get("/compute/v2.0/images/f1r57-1m4g3-1d/metadata").json == ["metadata": ["os": "debian", "users": "root"]])
            #expect(try await api.get("/compute/v2.0/images/f1r57-1m4g3-1d/metadata/users").json == ["meta": ["users": "root"]])
            let key = try await api.get("/compute/v2.0/images/f1r57-1m4g3-1d/metadata/nope")
            #expect(key.status == 404 && key.message == "Metadata key not found.")
            let missing = try await api.get("/compute/v2.0/images/n0-such-1m4g3")
            #expect(
                missing.status == 404
                    && missing.fault == APIFault(name: "itemNotFound", code: 404, message: "Image 'n0-such-1m4g3' not found"))
            #expect(try await api.get("/compute/v2.0/images/n0-such-1m4g3/metadata").status == 404)
            #expect(try await api.post("/compute/v2.0/images", ["image": [:]]).status == 501)
        }
    }

    @Test func planktonListsAsKamaki016ReadsThem() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let list = try await api.get("/image/v1.0/images/?sort_dir=asc")
            #expect(list.status == 200)
            #expect(list.json.arrayValue?.map { $0["name"] } == ["Debian Base Alpha", "Beta Debian Base"])
            #expect(
                list.json.arrayValue?.first == [
                    "id": "f1r57-1m4g3-1d", "name": "Debian Base Alpha", "status": "AVAILABLE", "disk_format": "diskdump",
                    "container_format": "bare", "size": 1_535_450_808,
                ])
            #expect(try await api.get("/image/v1.0/images/").json.arrayValue?.first?["id"] == "53c0nd-1m4g3-1d")
            let detail = try await api.get("/image/v1.0/images/detail?sort_key=name&sort_dir=asc").json.arrayValue
            #expect(detail?.map { $0["id"] } == ["53c0nd-1m4g3-1d", "f1r57-1m4g3-1d"])
            #expect(detail?.first?["properties"] == ["os": "debian", "users": "root"])
            #expect(detail?.first?["owner"] == "s0m3-u53r-1d" && detail?.first?["is_public"] == true)
            #expect(detail?.last?["created_at"] == "2013-05-29 17:30:03" && detail?.last?["deleted_at"] == "")
            #expect(detail?.last?["location"] == "pithos://s0m3-u53r-1d/images/debian_base-alpha.diskdump")
            #expect(try await api.get("/image/v1.0/images/?name=Beta%20Debian%20Base").json.arrayValue?.count == 1)
            #expect(try await api.get("/image/v1.0/images/?disk_format=extdump").json == [])
            #expect(try await api.get("/image/v1.0/images/?size_max=1000").json == [])
            #expect(try await api.get("/image/v1.0/images/?size_min=1000").json.arrayValue?.count == 2)
            #expect(try await api.get("/image/v1.0/images/f1r57-1m4g3-1d/members").json == ["members": []])
        }
    }

    @Test func planktonErrors() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let key = try await api.get("/image/v1.0/images/?sort_key=owner")
            #expect(key.status == 400 && key.message == "Invalid 'sort_key'")
            #expect(try await api.get("/image/v1.0/images/?sort_dir=up").message == "Invalid 'sort_dir'")
            #expect(try await api.get("/image/v1.0/images/?size_min=big").message == "Malformed request.")
            let head = try await api.call(.HEAD, "/image/v1.0/images/n0-such-1m4g3")
            #expect(head.status == 404 && head.headers["x-image-meta-id"].isEmpty)
            #expect(try await api.get("/image/v1.0/images/n0-such-1m4g3/members").status == 404)
            #expect(try await api.get("/image/v1.0/images/f1r57-1m4g3-1d").status == 501)
            var stranger = api
            stranger.token = nil
            #expect(try await stranger.get("/image/v1.0/images/").status == 401)
        }
    }

    @Test func planktonHeadGivesTheMetadataHeaders() async throws {
        try await withInProcessCloud { cloud in
            let head = try await CloudAPI(cloud).call(.HEAD, "/image/v1.0/images/f1r57-1m4g3-1d")
            #expect(head.status == 200 && head.body.isEmpty)
            let expected = [
                "x-image-meta-id": "f1r57-1m4g3-1d", "x-image-meta-name": "Debian%20Base%20Alpha", "x-image-meta-status": "AVAILABLE",
                "x-image-meta-is-public": "True", "x-image-meta-owner": "s0m3-u53r-1d", "x-image-meta-size": "1535450808",
                "x-image-meta-disk-format": "diskdump", "x-image-meta-container-format": "bare", "x-image-meta-deleted-at": "",
                "x-image-meta-created-at": "2013-05-29 17:30:03", "x-image-meta-property-os": "debian",
                "x-image-meta-property-users": "root", "x-image-meta-is-snapshot": "False",
            ]
            for (name, value) in expected {
                #expect(head.headers[name] == [value], "\(name)")
            }
        }
    }

    @Test func theCatalogNamesTheImageService() async throws {
        try await withInProcessCloud { cloud in
            let api = CloudAPI(cloud)
            let reply = try await api.post("/identity/v2.0/tokens", ["auth": ["token": ["id": .string(api.token ?? "")]]])
            let image = reply["access"]?["serviceCatalog"]?.arrayValue?.first { $0["type"] == "image" }
            #expect(image?["name"] == "cyclades_plankton")
            #expect(image?["endpoints"]?.arrayValue?.first?["publicURL"] == .string(api.base + "/image/v1.0"))
        }
    }
}
