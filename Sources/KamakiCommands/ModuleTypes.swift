import KamakiAPI

/// The network API's port; Foundation also has a `Port`.
public typealias Port = KamakiAPI.Port
