/// Builds the route table and responder; used by `LocalCloud` (and so by the executable and the tests).
enum CloudRouter {
    static func routes() -> RouteTable {
        var table = RouteTable()
        IdentityRoutes.register(&table)
        AccountRoutes.register(&table)
        VersionRoutes.register(&table)
        ComputeRoutes.register(&table)
        FlavorsRoutes.register(&table)
        ImagesRoutes.register(&table)
        KeypairsRoutes.register(&table)
        PlanktonRoutes.register(&table)
        NetworksRoutes.register(&table)
        SubnetsRoutes.register(&table)
        PortsRoutes.register(&table)
        FloatingIPsRoutes.register(&table)
        return table
    }

    static func responder(cloud: CloudContext, log: RequestLog, bound: BoundPort, linkHost: String?) -> CloudResponder {
        CloudResponder(table: routes(), cloud: cloud, log: log, bound: bound, linkHost: linkHost)
    }
}
