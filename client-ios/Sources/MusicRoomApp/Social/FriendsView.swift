#if os(iOS)
import MusicRoomKit
import SwiftUI

/// Friends, friend requests both ways, event and playlist invitations, and finding people.
struct FriendsView: View {
    @Environment(AppModel.self) private var model
    @State private var friends: [Friend] = []
    @State private var incoming: [FriendRequest] = []
    @State private var outgoing: [FriendRequest] = []
    @State private var invitations: [Invitation] = []
    @State private var search = ""
    @State private var found: [UserCard] = []
    @State private var error: Error?

    var body: some View {
        List {
            ErrorNote(error: error)
            if !search.isEmpty {
                Section("People") {
                    ForEach(found) { user in
                        HStack {
                            Text(user.displayName)
                            Spacer()
                            AsyncButton("Add friend") { await act { _ = try await model.api.send(API.Friends.request(userId: user.id)) } }
                                .buttonStyle(.borderless)
                        }
                    }
                }
            }
            if !invitations.isEmpty {
                Section("Invitations") {
                    ForEach(invitations) { invitation in
                        VStack(alignment: .leading) {
                            Text(invitation.target.name)
                            Text("\(invitation.kind == .event ? "Event" : "Playlist") · from \(invitation.invitedBy.displayName)")
                                .font(.caption)
                                .foregroundStyle(.secondary)
                            HStack {
                                AsyncButton("Accept") { await act { _ = try await model.api.send(API.Invitations.accept(invitation.id)) } }
                                AsyncButton("Decline") { await act { _ = try await model.api.send(API.Invitations.decline(invitation.id)) } }
                            }
                            .buttonStyle(.borderless)
                        }
                    }
                }
            }
            if !incoming.isEmpty {
                Section("Asking to be your friend") {
                    ForEach(incoming) { request in
                        HStack {
                            Text(request.from.displayName)
                            Spacer()
                            AsyncButton("Accept") { await act { _ = try await model.api.send(API.Friends.accept(requestId: request.id)) } }
                            AsyncButton("Decline") { await act { _ = try await model.api.send(API.Friends.decline(requestId: request.id)) } }
                        }
                        .buttonStyle(.borderless)
                    }
                }
            }
            if !outgoing.isEmpty {
                Section("Waiting for an answer") {
                    ForEach(outgoing) { request in
                        HStack {
                            Text(request.to.displayName)
                            Spacer()
                            AsyncButton("Cancel") { await act { _ = try await model.api.send(API.Friends.cancel(requestId: request.id)) } }
                                .buttonStyle(.borderless)
                        }
                    }
                }
            }
            Section("Friends") {
                if friends.isEmpty { Text("No friends yet: search for people above.").foregroundStyle(.secondary) }
                ForEach(friends) { friend in
                    NavigationLink(friend.user.displayName) { FriendProfileView(userId: friend.user.id) }
                        .swipeActions {
                            Button("Remove", role: .destructive) {
                                Task { await act { _ = try await model.api.send(API.Friends.remove(userId: friend.user.id)) } }
                            }
                        }
                }
            }
        }
        .navigationTitle("Friends")
        .searchable(text: $search, prompt: "Find people")
        .task(id: search) { await find() }
        .task { await load() }
        .refreshable { await load() }
        .task { await reloadOnNotifications() }
    }

    private func load() async {
        do {
            async let friends = model.api.all { API.Friends.list(cursor: $0) }
            async let incoming = model.api.send(API.Friends.requests(.incoming))
            async let outgoing = model.api.send(API.Friends.requests(.outgoing))
            async let invitations = model.api.send(API.Invitations.list())
            (self.friends, self.incoming, self.outgoing, self.invitations) = try await (friends, incoming.items, outgoing.items, invitations.items)
            error = nil
        } catch {
            self.error = error
        }
    }

    private func find() async {
        guard search.count >= 2 else { return found = [] }
        try? await Task.sleep(nanoseconds: 300_000_000)
        guard !Task.isCancelled else { return }
        found = (try? await model.api.send(API.Users.search(search)).items.filter { $0.id != model.me?.id }) ?? []
    }

    /// Friend requests and invitations arrive as `notification` frames in the user's own room.
    private func reloadOnNotifications() async {
        for await event in await model.realtime.listen() {
            if case .frame("notification", _) = event { await load() }
        }
    }

    private func act(_ action: () async throws -> Void) async {
        do {
            try await action()
            await load()
        } catch {
            self.error = error
        }
    }
}

/// Picks one friend (to hand them playback control).
struct FriendPicker: View {
    @Environment(AppModel.self) private var model
    @Environment(\.dismiss) private var dismiss
    let onPick: (UserCard) -> Void
    @State private var friends: [Friend] = []

    var body: some View {
        NavigationStack {
            List(friends) { friend in
                Button(friend.user.displayName) { onPick(friend.user) }
            }
            .navigationTitle("Choose a friend")
            .toolbar { Button("Close") { dismiss() } }
            .task { friends = (try? await model.api.all { API.Friends.list(cursor: $0) }) ?? [] }
        }
    }
}

/// Someone's profile, with only the fields they let the caller see.
struct FriendProfileView: View {
    @Environment(AppModel.self) private var model
    let userId: String
    @State private var profile: Profile?
    @State private var error: Error?

    var body: some View {
        List {
            if let profile {
                Text(profile.displayName ?? "Hidden name").font(.title2)
                if let bio = profile.bio { Text(bio) }
                if let location = profile.location { Label(location, systemImage: "mappin") }
                if let preferences = profile.musicPreferences {
                    Text((preferences.genres + preferences.artists).joined(separator: " · "))
                }
            }
            ErrorNote(error: error)
        }
        .task {
            do {
                profile = try await model.api.send(API.Users.profile(userId))
            } catch {
                self.error = error
            }
        }
    }
}
#endif
