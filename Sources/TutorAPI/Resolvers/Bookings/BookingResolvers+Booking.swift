import GraphQLEngine
import TutorDomain
import TutorStore

extension BookingResolvers {
    /// `Booking`: public parts for everyone who reached it, the rest for its parties and staff only.
    static func bookingType() -> ObjectResolvers<BookingRow> {
        var booking = ObjectResolvers("Booking", as: BookingRow.self)
        booking.field("id") { $0.nodeID.description }
        booking.field("tutor") { booking, _, context in .load(context.tutorByID.deferred(booking.tutorProfileID)) }
        booking.field("student") { booking, _, context in
            .load(context.studentProfileByID.deferred(booking.studentProfileID))
        }
        booking.field("subject") { booking, _, context in
            guard let subjectID = booking.subjectID else { return .value(nil) }
            return .load(context.subjectByID.deferred(subjectID))
        }
        booking.field("pricingOption") { booking, _, context in
            guard let optionID = booking.pricingOptionID else { return .value(nil) }
            return .load(context.pricingOptionByID.deferred(optionID))
        }
        booking.field("package") { booking, _, context in
            guard let packageID = booking.packageID, booking.isVisible(to: context.viewer) else { return .value(nil) }
            return .load(context.packageByID.deferred(packageID))
        }
        booking.field("rescheduledFrom") { booking, _, context in
            guard let previousID = booking.rescheduledFromID else { return .value(nil) }
            return .load(context.visibleBooking(previousID))
        }
        booking.field("startTime") { $0.startTime }
        booking.field("endTime") { $0.endTime }
        booking.field("durationMinutes") { $0.durationMinutes }
        booking.field("sessionState") { $0.state.session }
        booking.field("sessionOutcome") { $0.state.outcome }
        booking.field("paymentState") { $0.state.payment }
        booking.field("disputeState") { $0.state.dispute }
        booking.field("hourlyRate") { $0.hourlyRate }
        booking.field("price") { $0.price }
        booking.field("platformFeePercent") { $0.platformFeePercent }
        booking.field("platformFee") { $0.platformFee }
        booking.field("tutorEarnings") { booking, _, context in
            .value(
                AccessPolicy.allows(context.viewer, .readTutorEarnings(tutorUserID: booking.tutorUserID))
                    ? booking.tutorEarnings : nil)
        }
        booking.field("pricingSnapshot") { booking, _, _ in .value(try JSON.decode(Array(booking.pricingSnapshot.utf8))) }
        booking.field("tutorName") { $0.tutorName }
        booking.field("studentName") { $0.studentName }
        booking.field("subjectName") { $0.subjectName }
        booking.field("joinUrl") { booking, _, context in .value(booking.joinURL(for: context.viewer)) }
        booking.partiesOnlyField("notes") { $0.notes }
        booking.partiesOnlyField("cancelledAt") { $0.cancelledAt }
        booking.partiesOnlyField("cancelledByRole") { $0.cancelledByRole?.uppercased() }
        booking.partiesOnlyField("cancellationReason") { $0.cancellationReason }
        booking.partiesOnlyField("disputeReason") { $0.disputeReason }
        booking.partiesOnlyField("disputeOpenedAt") { $0.disputeOpenedAt }
        booking.partiesOnlyField("disputeResolvedAt") { $0.disputeResolvedAt }
        booking.partiesOnlyField("disputeResolutionNote") { $0.disputeResolutionNote }
        booking.field("version") { $0.version }
        booking.field("events") { booking, _, context in
            guard booking.isVisible(to: context.viewer) else { return .value([BookingEventRow]()) }
            return .load(context.bookingEvents.deferred(booking.id).map { $0 ?? [] })
        }
        booking.field("materials") { booking, _, context in
            guard booking.isVisible(to: context.viewer) else { return .value([SessionMaterialRow]()) }
            return .load(context.bookingMaterials.deferred(booking.id).map { $0 ?? [] })
        }
        booking.field("payments") { booking, _, context in
            guard booking.isVisible(to: context.viewer) else { return .value([PaymentRow]()) }
            return .load(context.bookingPayments.deferred(booking.id).map { $0 ?? [] })
        }
        booking.field("review") { booking, _, context in
            .load(context.bookingReview.deferred(booking.id).map { [viewer = context.viewer] review in
                review.flatMap { $0.isVisible(to: viewer) ? $0 : nil }
            })
        }
        booking.field("createdAt") { $0.createdAt }
        booking.field("updatedAt") { $0.updatedAt }
        return booking
    }

    /// `BookingEvent`: one line of a booking's history.
    static func bookingEventType() -> ObjectResolvers<BookingEventRow> {
        var event = ObjectResolvers("BookingEvent", as: BookingEventRow.self)
        event.field("id") { GlobalID(.bookingEvent, $0.id).description }
        event.field("type") { $0.type }
        event.field("version") { $0.version }
        event.field("sessionState") { $0.state.session }
        event.field("sessionOutcome") { $0.state.outcome }
        event.field("paymentState") { $0.state.payment }
        event.field("disputeState") { $0.state.dispute }
        event.field("actor") { event, _, context in
            guard let actorID = event.actorUserID else { return .value(nil) }
            return .load(context.userByID.deferred(actorID))
        }
        event.field("actorRole") { $0.actorRole.uppercased() }
        event.field("reason") { $0.reason }
        event.field("occurredAt") { $0.occurredAt }
        return event
    }

    /// `SessionMaterial`: a file, link or note shared for a session.
    static func sessionMaterialType() -> ObjectResolvers<SessionMaterialRow> {
        var material = ObjectResolvers("SessionMaterial", as: SessionMaterialRow.self)
        material.field("id") { GlobalID(.sessionMaterial, $0.id).description }
        material.field("kind") { $0.kind.uppercased() }
        material.field("title") { $0.title }
        material.field("url") { $0.url }
        material.field("mimeType") { $0.mimeType }
        material.field("sizeBytes") { $0.sizeBytes.map { Int($0) } }
        material.field("body") { $0.body }
        material.field("uploadedBy") { material, _, context in .load(context.userByID.deferred(material.uploadedBy)) }
        material.field("createdAt") { $0.createdAt }
        return material
    }
}

extension ObjectResolvers where Source == BookingRow {
    /// A field only the booking's parties and staff read; anyone who reached the booking through its public
    /// review reads null.
    mutating func partiesOnlyField(_ name: String, _ read: @escaping @Sendable (BookingRow) -> (any Sendable)?) {
        field(name) { booking, _, context in .value(booking.isVisible(to: context.viewer) ? read(booking) : nil) }
    }
}
