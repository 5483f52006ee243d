#if os(iOS)
import MusicRoomKit
import SwiftUI

/// The live room: now playing, the queue with votes, proposals, remote controls, crowd skip and delegation.
struct EventRoomView: View {
    @Environment(AppModel.self) private var app
    @State private var room: EventRoomModel
    @State private var searching = false
    @State private var granting = false

    init(eventId: String) {
        _room = State(initialValue: EventRoomModel(eventId: eventId))
    }

    var body: some View {
        List {
            if room.deleted {
                Text("This event has ended.").foregroundStyle(.secondary)
            } else if let event = room.event {
                header(event)
                nowPlaying(event)
                queue(event)
                delegation(event)
            } else {
                ProgressView()
            }
            ErrorNote(error: room.error)
        }
        .navigationTitle(room.event?.name ?? "Event")
        .toolbar {
            if room.event?.canVote == true {
                Button {
                    searching = true
                } label: {
                    Label("Propose", systemImage: "plus")
                }
            }
        }
        .sheet(isPresented: $searching) {
            TrackSearchView(title: "Propose a track") { track in
                searching = false
                Task { await room.propose(track, app: app) }
            }
        }
        .sheet(isPresented: $granting) {
            FriendPicker { friend in
                granting = false
                Task { await room.grant(to: friend, app: app) }
            }
        }
        .task { await room.follow(app) }
        .task(id: room.event?.myRole) { await room.loadGrants(app) }
        .task(id: room.event?.nowPlaying?.entryId) { await room.loadSkipVotes(app) }
    }

    @ViewBuilder
    private func header(_ event: Event) -> some View {
        Section {
            if !event.description.isEmpty { Text(event.description) }
            if let geo = event.geo {
                Label("Votes from within \(Int(geo.radiusMeters)) m of the venue", systemImage: "location")
            }
            if let window = event.window {
                Label("Votes open \(window.startsAt.formatted(date: .omitted, time: .shortened))–\(window.endsAt.formatted(date: .omitted, time: .shortened))", systemImage: "clock")
            }
            Label("\(event.listenerCount) listening", systemImage: "person.3")
        }
        .font(.footnote)
    }

    @ViewBuilder
    private func nowPlaying(_ event: Event) -> some View {
        Section("Now playing") {
            if let playback = event.nowPlaying, let track = playback.track {
                TrackRow(track: track)
                Text(playback.state == .playing ? "Playing" : "Paused").font(.caption)
            } else {
                Text("Nothing is playing.").foregroundStyle(.secondary)
            }
            if event.canControlPlayback {
                HStack(spacing: 24) {
                    AsyncButton(action: { await room.control(.play, app: app) }) { Image(systemName: "play.fill") }
                        .accessibilityLabel("Play")
                    AsyncButton(action: { await room.control(.pause, app: app) }) { Image(systemName: "pause.fill") }
                        .accessibilityLabel("Pause")
                    AsyncButton(action: { await room.control(.next, app: app) }) { Image(systemName: "forward.fill") }
                        .accessibilityLabel("Next track")
                }
                .buttonStyle(.borderless)
                if event.isPlayer {
                    Label("The audio plays on this phone", systemImage: "speaker.wave.2")
                } else {
                    if let player = event.player {
                        Label("The audio plays on \(player.deviceName ?? "another device")", systemImage: "hifispeaker")
                    }
                    AsyncButton("Play the audio on this phone") { await room.playHere(app: app) }
                }
            }
            if event.nowPlaying?.track != nil {
                AsyncButton(action: { await room.toggleSkip(app: app) }) {
                    if let skip = room.skip {
                        Text(skip.votedByMe ? "Withdraw skip vote (\(skip.votes)/\(skip.threshold))" : "Vote to skip (\(skip.votes)/\(skip.threshold))")
                    } else {
                        Text("Vote to skip")
                    }
                }
            }
        }
    }

    @ViewBuilder
    private func queue(_ event: Event) -> some View {
        Section("Up next") {
            if event.queue.isEmpty { Text("The queue is empty: propose a track.").foregroundStyle(.secondary) }
            ForEach(event.queue) { entry in
                HStack {
                    TrackRow(track: entry.track)
                    Spacer()
                    AsyncButton(action: { await room.toggleVote(entry, app: app) }) {
                        Label("\(entry.score)", systemImage: entry.votedByMe ? "hand.thumbsup.fill" : "hand.thumbsup")
                    }
                    .buttonStyle(.borderless)
                    .disabled(!event.canVote)
                    .accessibilityLabel(entry.votedByMe ? "Remove my vote, \(entry.score) votes" : "Vote, \(entry.score) votes")
                }
                .swipeActions {
                    if entry.proposedBy?.id == app.me?.id || event.myRole == .owner || event.myRole == .host {
                        Button("Remove", role: .destructive) { Task { await room.remove(entry, app: app) } }
                    }
                }
            }
        }
    }

    @ViewBuilder
    private func delegation(_ event: Event) -> some View {
        if event.myRole == .owner {
            Section("Playback control given to") {
                ForEach(room.delegates) { delegate in
                    HStack {
                        Text(delegate.user.displayName)
                        Spacer()
                        Button("Revoke", role: .destructive) { Task { await room.revoke(delegate, app: app) } }
                            .buttonStyle(.borderless)
                    }
                }
                Button("Give control to a friend") { granting = true }
            }
        }
        if !room.grantsHeld.isEmpty {
            Section("Control you hold") {
                ForEach(room.grantsHeld) { grant in
                    Text("From \(grant.grantedBy.displayName)" + (grant.allDevices ? ", on all your devices" : ", on " + grant.devices.map { $0.deviceName ?? "a device" }.joined(separator: ", ")))
                }
            }
        }
    }
}
#endif
