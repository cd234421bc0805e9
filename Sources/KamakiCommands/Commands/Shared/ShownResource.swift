import KamakiAPI

/// A resource that commands print: its completion kind, key order and completion entry.
protocol ShownResource: APIResource {
    static var idKind: IDKind { get }
    static var fieldOrder: [String] { get }
    static var nestedOrders: [String: [String]] { get }
    var idEntry: IDEntry { get }
}

extension ShownResource {
    static var nestedOrders: [String: [String]] { [:] }
}

extension Network: ShownResource {
    static var idKind: IDKind { .network }
    static var fieldOrder: [String] { FieldOrder.network }
    var idEntry: IDEntry { IDEntry(self) }
}

extension Subnet: ShownResource {
    static var idKind: IDKind { .subnet }
    static var fieldOrder: [String] { FieldOrder.subnet }
    var idEntry: IDEntry { IDEntry(self) }
}

extension Port: ShownResource {
    static var idKind: IDKind { .port }
    static var fieldOrder: [String] { FieldOrder.port }
    static var nestedOrders: [String: [String]] { ["fixed_ips": FieldOrder.fixedIP] }
    var idEntry: IDEntry { IDEntry(self) }
}

extension FloatingIP: ShownResource {
    static var idKind: IDKind { .floatingIP }
    static var fieldOrder: [String] { FieldOrder.floatingIP }
    var idEntry: IDEntry { IDEntry(self) }
}

extension Server: ShownResource {
    static var idKind: IDKind { .server }
    static var fieldOrder: [String] { FieldOrder.server }
    var idEntry: IDEntry { IDEntry(self) }
}

extension CommandContext {
    /// Keeps the completion cache current and prints one resource: `key: value` lines, or JSON.
    func show<R: ShownResource>(_ resource: R, _ format: FormatOptions) {
        ids?.upsert(R.idKind, resource.idEntry)
        if format.json {
            render.json(resource.json)
        } else {
            render.dict(resource.raw, order: R.fieldOrder, nestedOrders: R.nestedOrders)
        }
    }
}
