import BriefingCore
import Foundation
import Hummingbird

/// `POST /api/inspect`: a file by multipart (field `file`), or an earlier upload again with other options (JSON).
struct UploadRoutes {
    let state: ServerState

    func add(to router: Router<BasicRequestContext>) {
        router.post("/api/inspect") { request, _ in try await inspect(request) }
    }

    func inspect(_ request: Request) async throws -> Response {
        let contentType = request.headers[.contentType] ?? ""
        let upload: UploadStore.Upload
        let choice: TablePlacement
        var received: [UInt8]?
        if contentType.lowercased().hasPrefix("multipart/") {
            // The limit is the file's; the form's own lines get 64 KiB more.
            let body = try await request.collectBody(limit: state.options.maxUpload + (64 << 10))
            let form: MultipartForm
            do { form = try MultipartForm(body: body, contentType: contentType) } catch { throw APIError.badRequest(error.description) }
            guard let file = form.first(named: "file") else { throw APIError.badRequest("the form has no field named file") }
            guard file.body.count <= state.options.maxUpload else { throw Request.tooLarge(state.options.maxUpload) }
            choice = try TablePlacement(form: form)
            received = Array(file.body)
            upload = try state.uploads.save(received!, name: file.filename ?? "upload.csv")
        } else {
            struct Again: Decodable { var upload: String }
            let bytes = try await request.collectBody(limit: 1 << 20)
            guard let again = try? JSONDecoder().decode(Again.self, from: Data(bytes)),
                  let choiceAgain = try? JSONDecoder().decode(TablePlacement.self, from: Data(bytes)) else {
                throw APIError.badRequest("expected multipart/form-data with a file, or JSON {\"upload\": ID, \"sheet\": …}")
            }
            guard let u = state.uploads.find(again.upload) else {
                throw APIError.notFound("no upload \(again.upload) (uploads are kept for a while only)")
            }
            (upload, choice) = (u, choiceAgain)
        }
        do {
            let given = received.map { (upload, $0) }
            let inspection = try await state.threads.run { [state] _ in
                try Self.inspection(of: upload.id, choice: choice, state: state, given: given)
            }
            return .json("{\"id\": \(JSONText.quote(upload.id)), \"name\": \(JSONText.quote(upload.name)), "
                         + "\"sheets\": \(inspection.sheets), \"inspection\": \(inspection.json)}")
        } catch {
            var e = APIError.from(error)
            e.extra = ["id": upload.id, "name": upload.name]
            throw e
        }
    }

    /// The inspect --json text of an upload, and its sheets if a workbook (both JSON).
    /// `given`: the upload and its bytes when they are in hand already (a file just received), so they are not read back.
    static func inspection(of id: String, choice: TablePlacement, state: ServerState,
                           given: (UploadStore.Upload, [UInt8])? = nil) throws -> (json: String, sheets: String) {
        guard let (upload, bytes) = given ?? state.uploads.load(id) else {
            throw APIError.notFound("no upload \(id)")
        }
        let result = try state.table(upload, bytes: bytes, choice: choice)
        var json = ""
        InspectionReport.writeJSON(result) { json += $0 }
        struct Sheet: Encodable { var name: String; var visible: Bool; var range: String; var rows: Int }
        var sheets: [Sheet] = []
        if TableFile.isWorkbook(bytes, name: upload.name) {
            let book = try Workbook(bytes: bytes, file: upload.name)
            sheets = try book.overview(known: result.sheetOverview).map {
                Sheet(name: $0.name, visible: $0.visible, range: $0.usedRange, rows: $0.rows)
            }
        }
        return (json, JSONText.encode(sheets))
    }
}
