"""The demo orders' tables: the markets (names, streets, cities, phones, prices), the catalogue, the scenarios."""

from __future__ import annotations

import msgspec

from ..api.requests import LineType


class City(msgspec.Struct, frozen=True):
    """A city with a postal code pattern (# = digit, @ = letter) and, where addresses need one, a region."""

    name: str
    postal: str
    region: str = ""
    sales_tax: int = 0  # basis points, US only


class Market(msgspec.Struct, frozen=True):
    """What orders from one country look like."""

    country: str
    currency: str
    locale: str
    tax_rate: int  # basis points; 0 where tax goes on a sales_tax line (US)
    given: tuple[str, ...]
    family: tuple[str, ...]
    streets: tuple[str, ...]
    cities: tuple[City, ...]
    phone: str  # pattern, # = digit
    price_factor: tuple[int, int]  # local minor units per euro cent, as a fraction
    kronor: bool  # prices end in 9 whole units (kr) rather than .95
    shipping: tuple[tuple[str, str, int], ...]  # (line name, carrier, fee in minor units)
    methods: tuple[tuple[str, int, int], ...]  # (payment method, instalments, weight)
    number_first: bool = False  # "12 Main St" rather than "Storgatan 12"
    weight: int = 10


MARKETS: tuple[Market, ...] = (
    Market(
        "SE", "SEK", "sv-SE", 2500,
        ("Anna", "Erik", "Åsa", "Björn", "Maja", "Lars", "Ingrid", "Oskar", "Linnéa", "Göran", "Elsa", "Måns"),
        ("Söderberg", "Ågren", "Lindqvist", "Andersson", "Johansson", "Öberg", "Nyström", "Sjöberg",
         "Bergström", "Håkansson", "Ekström", "Lundgren"),
        ("Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Sveavägen", "Götgatan", "Åsögatan",
         "Järnvägsgatan", "Östra Hamngatan"),
        (City("Stockholm", "11# ##"), City("Göteborg", "41# ##"), City("Malmö", "21# ##"),
         City("Uppsala", "75# ##"), City("Umeå", "90# ##"), City("Västerås", "72# ##"),
         City("Örebro", "70# ##"), City("Linköping", "58# ##")),
        "+46 70 174 06 ##", (11, 1), True,
        (("PostNord MyPack Home", "PostNord", 4900), ("Instabox", "Instabox", 3900),
         ("Budbee Home Delivery", "Budbee", 5900)),
        (("INVOICE", 0, 35), ("PAY_IN_X", 3, 15), ("FIXED_AMOUNT", 12, 10), ("CARD", 0, 20),
         ("DIRECT_DEBIT", 0, 10), ("ACCOUNT", 0, 10)),
        weight=20,
    ),
    Market(
        "DE", "EUR", "de-DE", 1900,
        ("Jürgen", "Anna", "Lukas", "Sophie", "Jörg", "Lena", "Matthias", "Katharina", "Felix", "Hannah",
         "Günther", "Marie"),
        ("Müller", "Schröder", "Weiß", "Schäfer", "Köhler", "Becker", "Hoffmann", "Krüger", "Wagner",
         "Fischer", "Böhm", "Schmitz"),
        ("Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Mühlenweg",
         "Friedrichstraße", "Königsallee"),
        (City("Berlin", "10###"), City("München", "80###"), City("Hamburg", "20###"), City("Köln", "50###"),
         City("Frankfurt am Main", "60###"), City("Düsseldorf", "40###"), City("Leipzig", "04###"),
         City("Nürnberg", "90###")),
        "+49 151 ########", (1, 1), False,
        (("DHL Paket", "DHL", 495), ("Hermes Standard", "Hermes", 395)),
        (("INVOICE", 0, 40), ("PAY_IN_X", 3, 15), ("FIXED_AMOUNT", 24, 10), ("CARD", 0, 15),
         ("DIRECT_DEBIT", 0, 20)),
        weight=15,
    ),
    Market(
        "AT", "EUR", "de-AT", 2000,
        ("Florian", "Theresa", "Maximilian", "Anna", "Tobias", "Magdalena", "Lukas", "Katrin"),
        ("Gruber", "Huber", "Bauer", "Wagner", "Pichler", "Steiner", "Moser", "Hofer", "Leitner", "Brunner"),
        ("Mariahilfer Straße", "Herrengasse", "Getreidegasse", "Linzer Straße", "Landstraßer Hauptstraße"),
        (City("Wien", "1##0"), City("Graz", "80##"), City("Linz", "40##"), City("Salzburg", "50##"),
         City("Innsbruck", "60##")),
        "+43 664 #######", (1, 1), False,
        (("Österreichische Post Paket", "Österreichische Post", 595),),
        (("INVOICE", 0, 40), ("PAY_IN_X", 3, 15), ("CARD", 0, 25), ("DIRECT_DEBIT", 0, 20)),
        weight=5,
    ),
    Market(
        "FI", "EUR", "fi-FI", 2550,
        ("Mikko", "Aino", "Juha", "Sanna", "Jukka", "Päivi", "Eero", "Kaisa", "Timo", "Hanna"),
        ("Mäkinen", "Järvinen", "Virtanen", "Korhonen", "Nieminen", "Hämäläinen", "Heikkinen",
         "Lähteenmäki", "Koskinen", "Mäkelä"),
        ("Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Puistokatu", "Kauppakatu", "Yliopistonkatu"),
        (City("Helsinki", "00##0"), City("Espoo", "02##0"), City("Tampere", "33##0"), City("Turku", "20##0"),
         City("Oulu", "90##0"), City("Jyväskylä", "40##0")),
        "+358 40 ### ####", (1, 1), False,
        (("Posti Kotipaketti", "Posti", 590), ("Matkahuolto Lähellä-paketti", "Matkahuolto", 490)),
        (("INVOICE", 0, 40), ("PAY_IN_X", 3, 15), ("CARD", 0, 25), ("ACCOUNT", 0, 20)),
        weight=7,
    ),
    Market(
        "NL", "EUR", "nl-NL", 2100,
        ("Daan", "Sanne", "Thijs", "Femke", "Joris", "Lotte", "Bram", "Eline", "Sem", "Noor"),
        ("de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "de Jong", "van Dijk", "Meijer",
         "Mulder"),
        ("Kerkstraat", "Dorpsstraat", "Prinsengracht", "Stationsweg", "Molenstraat", "Oudegracht"),
        (City("Amsterdam", "10## @@"), City("Rotterdam", "30## @@"), City("Utrecht", "35## @@"),
         City("Den Haag", "25## @@"), City("Eindhoven", "56## @@"), City("Groningen", "97## @@")),
        "+31 6 ########", (1, 1), False,
        (("PostNL Standaard", "PostNL", 495), ("DHL Parcel", "DHL", 445)),
        (("INVOICE", 0, 45), ("PAY_IN_X", 3, 20), ("CARD", 0, 20), ("DIRECT_DEBIT", 0, 15)),
        weight=7,
    ),
    Market(
        "NO", "NOK", "nb-NO", 2500,
        ("Øyvind", "Ingrid", "Bjørn", "Kari", "Håkon", "Solveig", "Ola", "Marit", "Sindre", "Ragnhild"),
        ("Solberg", "Kristiansen", "Hansen", "Johansen", "Olsen", "Lie", "Bakke", "Sæther", "Haugen",
         "Løken", "Strøm", "Dahl"),
        ("Karl Johans gate", "Storgata", "Bygdøy allé", "Thorvald Meyers gate", "Kongens gate",
         "Øvre Slottsgate"),
        (City("Oslo", "0#50"), City("Bergen", "50##"), City("Trondheim", "70##"), City("Stavanger", "40##"),
         City("Tromsø", "90##"), City("Kristiansand", "46##")),
        "+47 9## ## ###", (23, 2), True,
        (("Posten Pakke i postkassen", "Posten Bring", 6900), ("Helthjem", "Helthjem", 5900)),
        (("INVOICE", 0, 40), ("PAY_IN_X", 3, 15), ("FIXED_AMOUNT", 12, 10), ("CARD", 0, 25),
         ("ACCOUNT", 0, 10)),
        weight=10,
    ),
    Market(
        "DK", "DKK", "da-DK", 2500,
        ("Mads", "Sofie", "Rasmus", "Freja", "Søren", "Mette", "Jens", "Ida", "Kasper", "Line"),
        ("Sørensen", "Jørgensen", "Nielsen", "Jensen", "Hansen", "Pedersen", "Møller", "Kjær", "Lund",
         "Holm", "Thomsen"),
        ("Nørregade", "Vesterbrogade", "Østergade", "Søndergade", "Åboulevard", "Strandvejen"),
        (City("København K", "1###"), City("Aarhus C", "8000"), City("Odense C", "5000"),
         City("Aalborg", "9000"), City("Esbjerg", "6700"), City("Roskilde", "4000")),
        "+45 ## ## ## ##", (149, 20), True,
        (("GLS PakkeShop", "GLS", 3900), ("PostNord Pakke", "PostNord", 4900)),
        (("INVOICE", 0, 35), ("PAY_IN_X", 3, 20), ("CARD", 0, 30), ("ACCOUNT", 0, 15)),
        weight=8,
    ),
    Market(
        "GB", "GBP", "en-GB", 2000,
        ("Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack", "Siobhán", "Niamh", "Rhys"),
        ("Smith", "Jones", "Taylor", "O'Connor", "Davies", "Evans", "Wilson", "Thompson", "MacLeod", "Patel",
         "Hughes"),
        ("High Street", "Station Road", "Church Lane", "Victoria Road", "Park Avenue", "Mill Lane"),
        (City("London", "SE1 #@@"), City("Manchester", "M1 #@@"), City("Birmingham", "B1 #@@"),
         City("Edinburgh", "EH1 #@@"), City("Bristol", "BS1 #@@"), City("Leeds", "LS1 #@@"),
         City("Cardiff", "CF10 #@@")),
        "+44 7700 900###", (43, 50), False,
        (("Royal Mail Tracked 48", "Royal Mail", 395), ("Evri Next Day", "Evri", 495)),
        (("PAY_IN_X", 3, 50), ("INVOICE", 0, 20), ("CARD", 0, 20), ("FIXED_AMOUNT", 12, 10)),
        number_first=True, weight=12,
    ),
    Market(
        "US", "USD", "en-US", 0,
        ("James", "Olivia", "Michael", "Emma", "José", "Sofía", "Ethan", "Ava", "Noah", "Zoë"),
        ("Johnson", "Williams", "Brown", "García", "Martínez", "Miller", "Davis", "Rodríguez", "Nguyen",
         "Thompson"),
        ("Main St", "Oak Ave", "Maple Dr", "Amsterdam Ave", "Sunset Blvd", "Elm St"),
        (City("New York", "100##", "NY", 888), City("Los Angeles", "900##", "CA", 950),
         City("Chicago", "606##", "IL", 1025), City("Austin", "787##", "TX", 825),
         City("Seattle", "981##", "WA", 1035), City("Portland", "972##", "OR", 0),
         City("Knoxville", "379##", "TN", 925)),
        "+1 ### 555 01##", (27, 25), False,
        (("UPS Ground", "UPS", 699), ("USPS Priority Mail", "USPS", 895)),
        (("PAY_IN_X", 4, 50), ("FIXED_AMOUNT", 12, 25), ("CARD", 0, 25)),
        number_first=True, weight=10,
    ),
    Market(
        "AU", "AUD", "en-AU", 1000,
        ("Jack", "Charlotte", "William", "Mia", "Lachlan", "Chloé", "Cooper", "Matilda"),
        ("Smith", "Nguyen", "Williams", "Brown", "Wilson", "Taylor", "Anderson", "Kelly", "Murphy", "Ryan"),
        ("George Street", "Collins Street", "Queen Street", "Hay Street", "King William Street"),
        (City("Sydney", "2000", "NSW"), City("Melbourne", "3000", "VIC"), City("Brisbane", "4000", "QLD"),
         City("Perth", "6000", "WA"), City("Adelaide", "5000", "SA"), City("Hobart", "7000", "TAS")),
        "+61 491 570 1##", (33, 20), False,
        (("Australia Post Parcel Post", "Australia Post", 995), ("Sendle Standard", "Sendle", 895)),
        (("PAY_IN_X", 4, 80), ("CARD", 0, 20)),
        number_first=True, weight=6,
    ),
)
MARKETS_BY_COUNTRY = {m.country: m for m in MARKETS}


class Product(msgspec.Struct, frozen=True):
    """A catalogue item; price in euro cents, converted per market."""

    reference: str
    name: str
    price: int
    brand: str
    category: str
    kind: LineType = "physical"
    subscription: bool = False


CATALOGUE: tuple[Product, ...] = (
    Product("KN-1042", "Merino wool beanie", 2995, "Fjällrun", "Clothing > Accessories > Hats"),
    Product("RN-2210", "Trail running shoes", 12995, "Stridewell", "Shoes > Sports > Running"),
    Product("OJ-3310", "Waterproof hiking jacket", 18995, "Fjällrun", "Clothing > Outdoor > Jackets"),
    Product("OV-3402", "Down vest", 9995, "Fjällrun", "Clothing > Outdoor > Vests"),
    Product("TS-0120", "Organic cotton T-shirt", 2495, "Basics & Co", "Clothing > Tops > T-shirts"),
    Product("HL-5501", "Linen duvet cover 150×210 cm", 8995, "Nordlinen", "Home > Bedroom > Bed linen"),
    Product("KT-6020", "Ceramic pour-over coffee set", 4495, "Kaffekoppen", "Home > Kitchen > Coffee"),
    Product("KT-6105", "Cast-iron skillet 26 cm", 5495, "Järnhäll", "Home > Kitchen > Cookware"),
    Product("KT-6150", "Chef's knife 20 cm", 7995, "Järnhäll", "Home > Kitchen > Knives"),
    Product("EL-7001", "Wireless noise-cancelling headphones", 24995, "Sonora", "Electronics > Audio"),
    Product("EL-7110", "USB-C charging cable 2 m", 1495, "Sonora", "Electronics > Accessories"),
    Product("AC-8020", "Leather watch strap", 3495, "Läderverket", "Accessories > Watches"),
    Product("AC-8101", "Wool blend scarf", 3995, "Basics & Co", "Clothing > Accessories > Scarves"),
    Product("AC-8140", "Leather wallet", 5995, "Läderverket", "Accessories > Wallets"),
    Product("SP-9010", "Yoga mat 6 mm", 3995, "Stridewell", "Sports > Yoga"),
    Product("SP-9033", "Stainless steel water bottle 750 ml", 2495, "Stridewell", "Sports > Hydration"),
    Product("HM-5610", "Scented soy candle", 1995, "Nordlinen", "Home > Decoration > Candles"),
    Product("ST-4001", "Hardcover notebook A5", 1495, "Pappersbruket", "Office > Notebooks"),
    Product("KD-2301", "Children's rain boots", 3495, "Pölhoppare", "Shoes > Children"),
    Product("KT-6230", "Bamboo cutting board", 2995, "Kaffekoppen", "Home > Kitchen > Utensils"),
    Product("KT-6044", "Espresso cups, set of 4", 3295, "Kaffekoppen", "Home > Kitchen > Coffee"),
    Product("HM-5702", "Reading lamp with dimmer", 6995, "Ljusverkstaden", "Home > Lighting"),
    Product("HM-5530", "Cotton bath towel set", 4995, "Nordlinen", "Home > Bathroom > Towels"),
    Product("BG-1201", "Backpack 28 L", 8995, "Fjällrun", "Bags > Backpacks"),
    Product("AC-8311", "Polarised sunglasses", 7995, "Solglimt", "Accessories > Sunglasses"),
    Product("SP-9120", "Running socks, 3-pack", 1795, "Stridewell", "Clothing > Socks"),
    Product("DG-0301", "Audiobook subscription, 1 month", 1699, "Lydbok", "Digital > Audiobooks",
            kind="digital", subscription=True),
    Product("DG-0410", "E-book: Northern Lights Cookbook", 1499, "Pappersbruket", "Digital > E-books",
            kind="digital"),
)

# (scenario, weight): what happened to an order after checkout; every one appears at least once.
SCENARIOS: tuple[tuple[str, int], ...] = (
    ("authorized", 18), ("expiring_soon", 6), ("pending_fraud", 4), ("fraud_rejected", 1),
    ("part_captured", 9), ("captured", 18), ("split_captured", 7), ("part_refunded", 8), ("refunded", 6),
    ("refunded_with_fee", 2), ("cancelled", 6), ("expired", 5), ("closed", 4), ("extended", 3),
    ("updated", 3),
)
FRAUD_COUNTRIES = ("US", "GB")
