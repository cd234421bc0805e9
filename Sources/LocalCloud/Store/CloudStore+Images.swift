import GRDB
import KamakiAPI

extension CloudStore {
    /// The image with this id if it is public or `user`'s own (only public ones when `user` is nil):
    /// 404 `itemNotFound` "Image '<id>' not found" as Synnefo's `get_image`.
    func image(id: String, visibleTo user: String? = nil) throws -> ImageRecord {
        guard let image = try ImageRecord.visible(db, id: id, user: user ?? "") else {
            throw APIFault.itemNotFound("Image '\(id)' not found")
        }
        return image
    }

    /// The images `user` may see (public ones and their own), ordered by id.
    func images(visibleTo user: String) throws -> [ImageRecord] {
        try ImageRecord.visibleList(db, user: user)
    }
}
