// Ready-made operations for the main use cases, opened from the "Examples" menu into a new tab.

/** `{title, description, query, variables}`: each runs against the demo data after `tutorgraph dev`. */
export const examples = [
  {
    title: "Search tutors",
    description: "Full-text search over approved tutors, with price and subjects.",
    query: `query SearchTutors($search: String, $first: Int = 10) {
  tutors(first: $first, filter: {search: $search}) {
    edges {
      node {
        id
        title
        headline
        hourlyRate {
          amountCents
          currency
          formatted
        }
        averageRating
        subjects {
          subject {
            id
            name
          }
        }
      }
    }
  }
}
`,
    variables: { search: "math", first: 5 },
  },
  {
    title: "Tutor → reviews → student",
    description: "A nested read: each tutor's latest reviews and who wrote them (batched by DataLoaders).",
    query: `query TutorReviews {
  tutors(first: 3) {
    edges {
      node {
        id
        title
        averageRating
        reviews(first: 5) {
          edges {
            node {
              rating
              comment
              student {
                firstName
              }
            }
          }
        }
      }
    }
  }
}
`,
    variables: {},
  },
  {
    title: "My bookings",
    description: "The signed-in user's bookings. Log in first: the Authorization header carries the viewer.",
    query: `query MyBookings {
  viewer {
    id
    firstName
  }
  myBookings(first: 10) {
    edges {
      node {
        id
        sessionState
        paymentState
        startTime
      }
    }
  }
}
`,
    variables: {},
  },
  {
    title: "Book a session",
    description: "Request a session with a tutor: take tutorId and subjectId from the search example. Needs a student login.",
    query: `mutation RequestBooking($input: RequestBookingInput!) {
  requestBooking(input: $input) {
    booking {
      id
      sessionState
      paymentState
    }
  }
}
`,
    variables: {
      input: {
        tutorId: "TUTOR_ID",
        subjectId: "SUBJECT_ID",
        startTime: "2030-01-15T15:00:00Z",
        endTime: "2030-01-15T16:00:00Z",
        notes: "First lesson: exam preparation.",
      },
    },
  },
];
