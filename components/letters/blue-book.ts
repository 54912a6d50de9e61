/**
 * UN Geneva's "Blue Book" (Missions permanentes auprès des Nations Unies à Genève), the UNOG
 * Protocol and Liaison Service's directory of Permanent Missions. We ship no mission addresses;
 * users look them up there. unog.ch addresses redirect to ungeneva.org.
 */
export const BLUE_BOOK_URL = 'https://www.unog.ch/bluebook';
