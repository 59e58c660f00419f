import { insertNegotiationEvent, insertOffer, type Db } from "@loopwise/db";
import { compInputSchema, sampleOffers, type ApplicationId, type SampleSearch, type UserId } from "@loopwise/domain";

/** Writes the offers of the sample search and their negotiation logs, in the caller's transaction. */
export async function loadSampleOffers(
  tx: Db,
  userId: UserId,
  search: SampleSearch,
  applications: ReadonlyMap<string, ApplicationId>,
  now: Date,
): Promise<{ offers: number; negotiationEvents: number }> {
  const at = now.toISOString();
  const offers = sampleOffers(search, now);
  let events = 0;
  for (const { companyName, input, negotiation } of offers) {
    const applicationId = applications.get(companyName);
    if (!applicationId) throw new Error(`sample: no application at ${companyName}`);
    // Stored as the API stores it: the comp validated, its defaults filled in.
    const comp = compInputSchema.parse(input.comp);
    const offerId = await insertOffer(tx, userId, applicationId, { ...input, comp }, at);
    for (const event of negotiation) {
      await insertNegotiationEvent(tx, userId, offerId, { ...event, before: null, after: null }, at);
      events++;
    }
  }
  return { offers: offers.length, negotiationEvents: events };
}
