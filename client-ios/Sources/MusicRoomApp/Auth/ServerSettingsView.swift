#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Where the backend is: the local one while developing, the deployed one, or any address typed in.
struct ServerSettingsView: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    @State private var address = ""
    @State private var status: String?

    var body: some View {
        Form {
            Section("Server") {
                TextField("https://…", text: $address)
                    .keyboardType(.URL)
                    .textInputAutocapitalization(.never)
                    .autocorrectionDisabled()
                Button("Local (\(AppModel.debugServer.absoluteString))") { address = AppModel.debugServer.absoluteString }
                Button("Deployed (\(AppModel.deployedServer.absoluteString))") { address = AppModel.deployedServer.absoluteString }
            }
            Section {
                AsyncButton("Check and use") { await apply() }
                    .disabled(URL(string: address)?.host == nil)
                if let status { Text(status).font(.footnote) }
            }
        }
        .navigationTitle("Server")
        .onAppear { address = model.server.absoluteString }
    }

    /// Checks `/api/health` before switching, so a typo never strands the user.
    private func apply() async {
        guard let url = URL(string: address.trimmingCharacters(in: .whitespaces)), url.scheme == "http" || url.scheme == "https" else {
            status = "Enter an http:// or https:// address."
            return
        }
        do {
            let (_, response) = try await URLSession.shared.data(from: url.appendingPathComponent("api/health"))
            guard (response as? HTTPURLResponse)?.statusCode == 200 else {
                status = "No MusicRoom server answers there."
                return
            }
            await model.use(server: url)
            dismiss()
        } catch {
            status = "Cannot reach \(url.absoluteString): \(error.localizedDescription)"
        }
    }
}
#endif
