import Testing

@testable import TutorStore

@Suite("Splitting migration files into statements")
struct SQLScriptTests {
    @Test("a semicolon ends a statement; trailing and comment-only pieces are dropped")
    func splitsOnSemicolons() {
        let script = SQLScript("CREATE TABLE a (id int);\n  SELECT 1 ;\n/* only a comment */ ;\n-- the end\n")
        #expect(script.statements == ["CREATE TABLE a (id int)", "SELECT 1"])
    }

    @Test("semicolons inside strings, identifiers and comments do not split")
    func ignoresQuotedSemicolons() {
        let sql = """
            INSERT INTO t VALUES ('a;b', 'it''s;', E'back\\';slash');
            SELECT "odd;name" FROM t /* block; /* nested; */ still comment; */ WHERE x = 1 -- trailing; comment
            ;
            """
        let statements = SQLScript(sql).statements
        #expect(statements.count == 2)
        #expect(statements[0] == "INSERT INTO t VALUES ('a;b', 'it''s;', E'back\\';slash')")
        #expect(statements[1].hasPrefix("SELECT \"odd;name\" FROM t /* block;"))
        #expect(statements[1].hasSuffix("-- trailing; comment"))
    }

    @Test("dollar-quoted function bodies stay whole, with or without a tag")
    func keepsDollarQuotedBodies() {
        let sql = """
            CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN NEW.x := 1; RETURN NEW; END;
            $$;
            CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$;
            PREPARE p AS SELECT $1::int;
            """
        let statements = SQLScript(sql).statements
        #expect(statements.count == 3)
        #expect(statements[0].hasSuffix("END;\n$$"))
        #expect(statements[1] == "CREATE FUNCTION g() RETURNS text LANGUAGE sql AS $body$ SELECT 'a;$$;b' $body$")
        #expect(statements[2] == "PREPARE p AS SELECT $1::int")
    }

    @Test("multi-byte text passes through unchanged")
    func keepsUnicode() {
        #expect(SQLScript("SELECT '日本語; ü';SELECT 'ок'").statements == ["SELECT '日本語; ü'", "SELECT 'ок'"])
    }
}
