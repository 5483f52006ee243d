#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Join an event by scanning its QR code or typing its short code.
struct JoinByCodeView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let onJoined: (Event) -> Void
    @State private var code = ""
    @State private var scanning = true
    @State private var error: Error?

    var body: some View {
        NavigationStack {
            Form {
                if scanning {
                    Section("Scan the event's QR code") {
                        QRScannerView { scanned in
                            guard let found = JoinCode.from(scanned) else { return }
                            scanning = false
                            code = found
                            Task { await join() }
                        }
                        .frame(height: 280)
                        .listRowInsets(EdgeInsets())
                    }
                }
                Section("Or type the code") {
                    TextField("Code", text: $code)
                        .textInputAutocapitalization(.characters)
                        .autocorrectionDisabled()
                        .font(.title2.monospaced())
                    AsyncButton("Join") { await join() }
                        .disabled(JoinCode.normalise(code).count < 6)
                }
                ErrorNote(error: error)
            }
            .navigationTitle("Join an event")
            .toolbar { Button("Close") { dismiss() } }
        }
    }

    /// Joins with the code: a listener in a public event, a guest where the owner allows joining by link
    /// (joining again is harmless: the server answers the event either way).
    private func join() async {
        do {
            let event = try await model.api.send(API.Events.joinByCode(JoinCode.normalise(code)))
            error = nil
            onJoined(event)
        } catch {
            scanning = false
            self.error = error
        }
    }
}

/// The code inside a join link (`https://host/e/CODE`, `musicroom://e/CODE`) or typed by hand.
enum JoinCode {
    static func from(_ scanned: String) -> String? {
        if let url = URL(string: scanned), url.scheme != nil {
            let parts = url.pathComponents.filter { $0 != "/" }
            if let index = parts.firstIndex(of: "e"), index + 1 < parts.count { return normalise(parts[index + 1]) }
            if url.host == "e", let last = parts.last { return normalise(last) }
            return nil
        }
        let typed = normalise(scanned)
        return typed.count >= 6 && typed.count <= 8 ? typed : nil
    }

    static func normalise(_ text: String) -> String {
        text.uppercased().filter { $0.isLetter || $0.isNumber }
    }
}
#endif
