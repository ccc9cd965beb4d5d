/// Given and family names for demo accounts, varied in origin like a real international marketplace.
enum PersonNames {
    static let first = [
        "Amelia", "Noah", "Sofia", "Liam", "Aisha", "Mateo", "Hannah", "Kenji", "Chloe", "Omar", "Isabel", "Lukas",
        "Priya", "Daniel", "Yara", "Ethan", "Mei", "Gabriel", "Olivia", "Ravi", "Elena", "Samuel", "Fatima", "Jonas",
        "Grace", "Diego", "Leila", "Henry", "Ines", "Arjun", "Zoe", "Tomás", "Nadia", "Felix", "Ana", "Malik",
        "Clara", "Hugo", "Sara", "Ibrahim", "Lucy", "Marco", "Emma", "Kwame", "Julia", "Ren", "Maya", "Oscar",
        "Nora", "Adrian", "Lina", "Victor", "Rosa", "Caleb", "Amara", "Theo", "Alice", "Jamal", "Eva", "Sebastian",
    ]

    static let last = [
        "Anderson", "García", "Müller", "Okafor", "Tanaka", "Rossi", "Dubois", "Kowalski", "Patel", "Nguyen",
        "Silva", "Johansson", "O'Brien", "Haddad", "Schmidt", "Fernández", "Kim", "Bianchi", "Martin", "Novak",
        "Singh", "Costa", "Lindqvist", "Mensah", "Moreau", "Yilmaz", "Chen", "Alvarez", "Fischer", "Ivanova",
        "Murphy", "Sato", "Herrera", "Jansen", "Rahman", "Lopez", "Bergström", "Adeyemi", "Walsh", "Romano",
        "Park", "Dias", "Weber", "Khan", "Laurent", "Eriksen", "Mwangi", "Castillo", "Hughes", "Ferrari",
    ]
}
