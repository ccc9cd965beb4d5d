import Foundation

extension DemoDatasetBuilder {
    /// Conversations for most pairs, from a short script: older messages read, the newest ones often unread,
    /// some edited, a few with attachments, and one deleted.
    mutating func addConversations() {
        for (pair, relationship) in dataset.relationships.enumerated() where random.chance(0.65) {
            let studentUser = dataset.students[relationship.student].user
            let tutorUser = dataset.tutors[relationship.tutor].user
            let script = random.pick(ConversationScripts.threads)
            let subject = subjects[relationship.subject].name
            let booking = dataset.bookings.indices.last { dataset.bookings[$0].relationship == pair }
            let conversation = dataset.conversations.count
            var sentAt = clock.days(-Double(random.int(1...60))).addingTimeInterval(-.hours(Double(random.int(0...23))))
            dataset.conversations.append(
                DemoConversation(studentUser: studentUser, tutorUser: tutorUser, booking: booking, createdAt: sentAt)
            )
            let unreadTail = random.int(0...2)
            for (line, text) in script.enumerated() {
                let sender = line.isMultiple(of: 2) ? studentUser : tutorUser
                let isRead = line < script.count - unreadTail
                let isEdited = random.chance(0.08)
                let message = dataset.messages.count
                dataset.messages.append(
                    DemoMessage(
                        conversation: conversation, sender: sender,
                        body: text.replacingOccurrences(of: "{subject}", with: subject) + (isEdited ? ConversationScripts.editedSuffix : ""),
                        readAt: isRead ? min(clock.now, sentAt.addingTimeInterval(.minutes(Double(random.int(2...240))))) : nil,
                        editedAt: isEdited ? sentAt.addingTimeInterval(.minutes(3)) : nil,
                        deletedAt: nil, createdAt: sentAt
                    )
                )
                if sender == tutorUser, random.chance(0.15) {
                    let file = random.pick(ConversationScripts.attachments)
                    dataset.attachments.append(
                        DemoMessageAttachment(message: message, fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.sizeBytes)
                    )
                }
                dataset.conversations[conversation].lastMessageAt = sentAt
                sentAt = min(clock.now, sentAt.addingTimeInterval(.minutes(Double(random.int(5...600)))))
            }
        }
        addDeletedMessage()
    }

    /// A student's regretted message, soft-deleted a minute after sending.
    private mutating func addDeletedMessage() {
        guard let conversation = dataset.conversations.indices.first else { return }
        let sentAt = dataset.conversations[conversation].createdAt.addingTimeInterval(30)
        dataset.messages.append(
            DemoMessage(conversation: conversation, sender: dataset.conversations[conversation].studentUser,
                        body: "Sorry, wrong chat!", readAt: nil, editedAt: nil,
                        deletedAt: sentAt.addingTimeInterval(60), createdAt: sentAt)
        )
    }
}
