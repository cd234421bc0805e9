import KamakiAPI

/// Images on OpenStack: Nova stopped proxying the image service at microversion 2.36, so the compute
/// API lists no images, and clouds without an image service in the catalog (as the test cloud, whose Nova
/// reads a private image endpoint) have nothing kamaki can list.
enum OpenStackImages {
    /// The error for listing images when the catalog has no image service.
    static let noImageService = ClientError(
        .configuration(
            "This OpenStack cloud's catalog has no image service (type image), so kamaki cannot list images; create servers with the image id your cloud documents (--image-id)"
        ))

    /// The error for the compute API's image calls, which Nova no longer has at kamaki's microversion.
    static let noComputeImages = ClientError(
        .configuration(
            "Nova lists no images since microversion 2.36; on this OpenStack cloud images belong to the image service (kamaki image list)"
        ))
}

extension CloudClient {
    /// Whether the configuration or the catalog names an endpoint of `service`.
    func hasService(_ service: Service) async throws -> Bool {
        if configuration.serviceURLs[service.rawValue] != nil { return true }
        return try await access().catalog.contains { $0.type.lowercased() == service.rawValue }
    }
}
