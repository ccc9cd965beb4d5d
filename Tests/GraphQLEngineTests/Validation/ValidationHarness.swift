import Testing

@testable import GraphQLEngine

/// The schema the validation tests run against: pets, people and aliens, modelled on the harness
/// graphql-js's validation tests use, so our cases read like theirs.
enum ValidationTestSchema {
    static let sdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Being {
          name(surname: Boolean): String
        }

        interface Pet implements Being {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        interface Intelligent {
          iq: Int
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Being & Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Being & Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human implements Being & Intelligent {
          name(surname: Boolean): String
          pets: [Pet]
          relatives(first: Int): [Human]!
          iq: Int
        }

        type Alien implements Being & Intelligent {
          name(surname: Boolean): String
          iq: Int
          numEyes: Int
        }

        union DogOrHuman = Dog | Human

        union HumanOrAlien = Human | Alien

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          alien: Alien
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          complicatedArgs: ComplicatedArgs
        }

        type MutationRoot {
          renameDog(name: String!): Dog
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          importantEmails: [String]
          notImportantEmails: [String]
          moreImportantEmails: [String]
          spamEmails: [String]
          newMessage: Message
        }

        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
        """

    static let schema: GraphQLSchema = {
        do {
            return try buildSchema(sdl)
        } catch {
            fatalError("The validation test schema does not build: \(error)")
        }
    }()
}

/// An error as the tests compare it: message and line/column pairs.
struct ReportedError: Equatable, CustomStringConvertible {
    let message: String
    let locations: [SourcePosition]

    init(_ message: String, _ locations: (line: Int, column: Int)...) {
        self.message = message
        self.locations = locations.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    init(_ error: GraphQLError) {
        message = error.message
        locations = error.locations
    }

    var description: String { "\(message) @ \(locations.map(\.description).joined(separator: ", "))" }
}

/// Parses `query` and validates it with only `rule`, as graphql-js's rule tests do.
func errors(
    _ rule: any ValidationRule.Type, _ query: String, schema: GraphQLSchema = ValidationTestSchema.schema
) throws -> [ReportedError] {
    try errors(of: query, rules: [rule], schema: schema)
}

/// Parses `query` and validates it with the given rules and options.
func errors(
    of query: String, rules: [any ValidationRule.Type], options: ValidationOptions = .init(),
    schema: GraphQLSchema = ValidationTestSchema.schema
) throws -> [ReportedError] {
    let source = Source(query)
    let document = try parse(source)
    return validate(schema: schema, document: document, source: source, options: options, rules: rules)
        .map(ReportedError.init)
}
