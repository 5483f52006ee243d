#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Events around me (CoreLocation), mine, and those I am invited to; join by QR code or typed code.
struct EventsView: View {
    enum Tab: String, CaseIterable, Identifiable {
        case nearby = "Nearby"
        case mine = "Mine"
        case invited = "Invited"
        var id: String { rawValue }
    }

    @Environment(AppModel.self) private var model
    @State private var tab: Tab = .nearby
    @State private var events: [EventSummary] = []
    @State private var nextCursor: String?
    @State private var error: Error?
    @State private var joining = false
    @State private var opened: Event?
    private let location = LocationProvider()

    var body: some View {
        List {
            Picker("Show", selection: $tab) {
                ForEach(Tab.allCases) { Text($0.rawValue).tag($0) }
            }
            .pickerStyle(.segmented)
            ErrorNote(error: error)
            ForEach(events) { event in
                NavigationLink(value: event.id) { EventRow(event: event) }
            }
            if nextCursor != nil {
                AsyncButton("More") { await load(more: true) }
            }
            if events.isEmpty && error == nil {
                Text(tab == .nearby ? "No public event with an area near you." : "Nothing here yet.")
                    .foregroundStyle(.secondary)
            }
        }
        .navigationTitle("Events")
        .navigationDestination(for: String.self) { id in EventRoomView(eventId: id) }
        .navigationDestination(item: $opened) { event in EventRoomView(eventId: event.id) }
        .toolbar {
            Button {
                joining = true
            } label: {
                Label("Join", systemImage: "qrcode.viewfinder")
            }
        }
        .sheet(isPresented: $joining) {
            JoinByCodeView { event in
                joining = false
                opened = event
            }
        }
        .task(id: tab) { await load(more: false) }
        .refreshable { await load(more: false) }
    }

    private func load(more: Bool) async {
        let cursor = more ? nextCursor : nil
        do {
            let page: EventPage
            switch tab {
            case .nearby:
                let here = try await location.current().coordinate
                page = try await model.api.send(API.Events.nearby(lat: here.latitude, lng: here.longitude, radiusKm: 10, cursor: cursor))
            case .mine:
                page = try await model.api.send(API.Events.list(scope: .mine, cursor: cursor))
            case .invited:
                page = try await model.api.send(API.Events.list(scope: .invited, cursor: cursor))
            }
            events = more ? events + page.items : page.items
            nextCursor = page.nextCursor
            error = nil
        } catch {
            self.error = error
        }
    }
}

struct EventRow: View {
    let event: EventSummary

    var body: some View {
        VStack(alignment: .leading) {
            Text(event.name).font(.headline)
            HStack {
                Text(event.visibility == .public ? "Public" : "Private")
                if event.geo != nil { Image(systemName: "location") }
                if event.window != nil { Image(systemName: "clock") }
                Text("\(event.listenerCount) listening")
            }
            .font(.caption)
            .foregroundStyle(.secondary)
        }
    }
}
#endif
