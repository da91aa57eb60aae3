/**
 * Known health myths, each as a pattern and a one-line correction for the message. Patterns are
 * bounded (`{0,40}`) so that they stay linear; the misinformation rule checks for refutation.
 */
export interface Myth {
  pattern: RegExp;
  /** What the evidence says, in a few plain words. */
  correction: string;
  /** The myth itself is negative ("withdrawal is not real"), so a negation inside is not a refutation. */
  negationInside?: false;
  /** The post must also mention this for the pattern to mean the myth ("it gives you the flu" needs a flu shot). */
  requires?: RegExp;
}

const VACCINE = "(?:vaccines?|vaccinations?|vaxx?(?:es|ines?)?|jabs?|shots?|immunizations?|mmr(?: shots?| vaccines?)?)";

export const MYTHS: readonly Myth[] = [
  {
    pattern:
      /\b(?:measles|mmr|flu|covid|polio|chickenpox|chicken pox|shingles|hpv|whooping cough) (?:vaccines?|shots?|jabs?)\b[^.!?]{0,20}?\b(?:causes?|gives? you|gave (?:me|him|her|them))\b[^.!?]{0,10}?\b(?:measles|covid|polio|chickenpox|chicken pox|shingles|hpv|whooping cough)\b/gi,
    correction: "vaccines cannot give you the disease they protect against",
  },
  {
    pattern:
      /\b(?:underwire |tight )?bras?\b[^.!?]{0,20}?\bcause[sd]?\b[^.!?]{0,10}?\bbreast cancer\b|\bbreast cancer\b[^.!?]{0,20}?\bcaused by\b[^.!?]{0,10}?\b(?:underwire |tight )?bras?\b/gi,
    correction: "bras do not cause breast cancer",
  },
  {
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:contain|contains|are full of|have|has|are made with)\\b[^.!?]{0,20}?\\b(?:aborted|fetal cells|heavy metals|poisons?|toxins|antifreeze|mercury)\\b|\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:are|is)\\s(?:poison|toxic)\\b`,
      "gi",
    ),
    correction: "vaccine ingredients are listed, tested and safe at the doses given",
  },
  {
    pattern: /\bchemtrails?\b/gi,
    correction: "contrails are water vapor; there is no chemical spraying program",
  },
  {
    pattern: /\b(?:tylenol|acetaminophen|paracetamol)\b[^.!?]{0,30}?\bcause[sd]?\b[^.!?]{0,10}?\b(?:autism|adhd)\b/gi,
    correction:
      "studies have not shown that acetaminophen in pregnancy causes autism; untreated fever carries real risks",
  },
  {
    pattern:
      /\b(?:masks?|face masks?)\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|give you|lead to)\b[^.!?]{0,12}?\b(?:co2 poisoning|carbon dioxide poisoning|hypoxia|low oxygen|pneumonia|brain damage)\b|\b(?:masks?|face masks?)\b[^.!?]{0,30}?\blower(?:s|ing)? (?:your |their |kids' |children's |the )?(?:oxygen|o2|oxygen levels|oxygen saturation)\b/gi,
    correction: "masks do not cause CO2 poisoning or low oxygen",
  },
  {
    pattern:
      /\b(?:cell ?phones?|wifi|wi-fi)\b[^.!?]{0,20}?\bcause[sd]?\b[^.!?]{0,10}?\b(?:cancer|brain tumors?|autism)\b/gi,
    correction: "phones and wifi have not been shown to cause cancer",
  },
  {
    pattern: new RegExp(
      `\\b(?:too many ${VACCINE} too soon|${VACCINE}\\b[^.!?]{0,20}?\\boverwhelm\\w*\\b[^.!?]{0,12}?\\bimmune system)`,
      "gi",
    ),
    correction: "the childhood schedule is safe; vaccines do not overwhelm a child's immune system",
  },
  {
    pattern: new RegExp(
      `\\b(?:${VACCINE}|vaccinated (?:people|folks|kids|adults))\\b[^.!?]{0,12}?\\bshed(?:s|ding)?\\b|\\bvaccine shedding\\b`,
      "gi",
    ),
    correction: "mRNA and most other vaccines do not shed",
  },
  {
    pattern:
      /\b(?:it|they|the shot|the vaccine|that shot|that vaccine|the jab)\s+(?:gives?|gave|will give)\s+(?:you|me|people|everyone|them)\s+the flu\b/gi,
    requires: /\bflu (?:shots?|vaccines?|jabs?)\b/i,
    correction: "the flu shot cannot give you the flu; it contains no live virus",
  },
  {
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,40}?\\b(?:cause[sd]?|causing|lead to|leads to|gives?|trigger(?:s|ed)?)\\b[^.!?]{0,20}?\\bautism\\b`,
      "gi",
    ),
    correction: "vaccines do not cause autism; studies of millions of children found no link",
  },
  {
    pattern:
      /\bflu (?:shots?|vaccines?|jabs?)\b[^.!?]{0,40}?\b(?:gives?|gave|give|cause[sd]?|causes)\b[^.!?]{0,12}?\b(?:the )?flu\b/gi,
    correction: "the flu shot cannot give you the flu; it contains no live virus",
  },
  {
    pattern:
      /\bwithdrawals? (?:is|are)\b[^.!?]{0,12}?\b(?:a myth|fake|not real|made up|all in (?:their|your) heads?|exaggerated)\b|\bwithdrawals? (?:isn't|aren't|is not|are not) (?:real|a thing|dangerous)\b/gi,
    correction: "withdrawal is real and can be dangerous",
    negationInside: false,
  },
  {
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,30}?\\b(?:cause[sd]?|causes|causing|leads? to|leading to|linked to)\\b[^.!?]{0,12}?\\b(?:infertility|sterility|sids|cancer|shedding|turbo cancer)\\b`,
      "gi",
    ),
    correction: "vaccines do not cause infertility, SIDS or cancer",
  },
  {
    pattern: new RegExp(
      `\\b(?:covid|mrna)?\\s?${VACCINE}\\b[^.!?]{0,20}?\\b(?:alter|alters|change|changes|rewrite|rewrites|modif(?:y|ies))\\b[^.!?]{0,10}?\\bdna\\b`,
      "gi",
    ),
    correction: "mRNA vaccines do not change your DNA",
  },
  {
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:contain|have|has)\\b[^.!?]{0,12}?\\b(?:microchips?|chips?|trackers?|5g)\\b`,
      "gi",
    ),
    correction: "vaccines contain no microchips",
  },
  {
    pattern:
      /\bunvaccinated (?:kids|children|people|babies|adults)\b[^.!?]{0,20}?\b(?:are|were)\s(?:much |way |far |a lot )?(?:healthier|less sick|smarter|stronger)\b/gi,
    correction: "vaccinated children are not less healthy; they are protected from diseases that kill",
  },
  {
    pattern:
      /\b(?:antidepressants?|ssris?|psych meds|adhd meds|stimulants|statins|vaccines?)\b[^.!?]{0,32}?\b(?:rot|rots|fry|fries|destroy|destroys|damage|damages|ruin|ruins) (?:your |the |kids' )?brains?\b/gi,
    correction: "these medicines do not rot or destroy the brain",
  },
  {
    pattern: new RegExp(
      `\\b(?:${VACCINE}|flu (?:shots?|jabs?|vaccines?))\\b (?:is|are) (?:(?:just|all|basically|a total|a complete) )?(?:a scam|a hoax|scams|hoaxes|poison|useless|pointless|a money grab|a cash grab)\\b`,
      "gi",
    ),
    correction: "vaccines are tested, monitored and prevent serious illness",
  },
  {
    pattern:
      /\b(?:birth control|the pill|hormonal contraception|iuds?|the implant|the depo shot|depo)\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|causing|leads? to|gives? you)\b[^.!?]{0,12}?\b(?:infertility|sterility|abortions?|birth defects|cancer)\b/gi,
    correction: "birth control does not cause infertility; fertility returns after stopping",
  },
  {
    pattern:
      /\b(?:statins|vaccines?|antidepressants?|ssris?|chemo(?:therapy)?|insulin|blood pressure meds|antibiotics)\b[^.!?]{0,20}?\bdo(?:es)? more harm than good (?:for|in|to) (?:literally |basically )?(?:everyone|everybody|anyone|all)\b/gi,
    correction: "these treatments help the people they are prescribed for; benefits and harms depend on the person",
  },
  {
    pattern:
      /\broot canals?\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|causing|leads? to|linked to|give you)\b[^.!?]{0,12}?\b(?:cancer|breast cancer|autoimmune|disease|illness|heart disease)\b/gi,
    correction: "root canals do not cause cancer or other disease; that 1920s focal-infection theory was disproven",
  },
  {
    pattern: /\bsunscreens?\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|gives? you)\b[^.!?]{0,12}?\bcancer\b/gi,
    correction: "sunscreen prevents skin cancer; sunburn causes it",
  },
  {
    pattern:
      /\bantibiotics?\b[^.!?]{0,20}?\b(?:cure|cures|treat|treats|help with|helps with|fix|fixes|kill|kills)\b[^.!?]{0,8}?\b(?:the common cold|common colds?|colds?|the flu|flu|viruses|viral infections?)\b/gi,
    correction: "antibiotics do nothing for colds, flu or other viruses",
  },
  {
    pattern:
      /\b(?:can't|cannot|can not|won't) (?:get|become) pregnant (?:while|when|if you're|if you are) (?:breastfeeding|nursing|on your period)\b/gi,
    correction: "pregnancy is possible while breastfeeding or during a period",
    negationInside: false,
  },
  {
    pattern: /\bcancer is (?:a|just a|really a) fungus\b|\bbaking soda\b[^.!?]{0,20}?\bcures?\b/gi,
    correction: "cancer is not a fungus and baking soda does not cure it",
  },
  {
    pattern:
      /\bessential oils?\b[^.!?]{0,30}?\b(?:kill|kills|cure|cures|treat|treats|prevent|prevents)\b[^.!?]{0,20}?\b(?:flu|virus|viruses|infections?|covid|cancer|strep)\b/gi,
    correction: "essential oils do not treat or prevent infections",
  },
  {
    pattern:
      /\bcolloidal silver\b[^.!?]{0,40}?\b(?:cures?|cured|natural antibiotic|kills?|killed|treats?|treated|knocks? out|knocked out|clears?|cleared|works? (?:for|on|against)|better than)\b/gi,
    correction: "colloidal silver does not treat infections and can turn skin blue-gray",
  },
  {
    pattern:
      /\b(?:ivermectin|hydroxychloroquine|hcq)\b[^.!?]{0,20}?\b(?:cures?|treats?|works (?:for|against)|prevents?|kills?)\b[^.!?]{0,12}?\b(?:covid|covid-19|coronavirus|the virus)\b/gi,
    correction: "large randomized trials found no benefit of ivermectin or hydroxychloroquine for COVID-19",
  },
  {
    pattern: /\b5g\b[^.!?]{0,20}?\b(?:causes?|spreads?|caused)\b[^.!?]{0,12}?\b(?:covid|coronavirus|cancer)\b/gi,
    correction: "5G networks do not cause or spread disease",
  },
  {
    pattern:
      /\bfluoride\b[^.!?]{0,30}?\b(?:is (?:a )?(?:poison|neurotoxin|toxin)|lower(?:s|ing|ed)? (?:your |our |their |kids' |children's |our kids' |our children's )?iq|causes? (?:cancer|autism)|calcifies)\b/gi,
    correction: "fluoride at the levels in drinking water is safe and prevents cavities",
  },
  {
    pattern:
      /\bhiv\b[^.!?]{0,12}?\b(?:doesn't|does not|don't|can't|cannot|is not|isn't|never)\b[^.!?]{0,10}?\bcause(?: of)? aids\b|\baids is (?:a hoax|not real|caused by drugs)\b/gi,
    correction: "HIV causes AIDS",
    negationInside: false,
  },
  {
    pattern: new RegExp(
      `\\bautism\\b[^.!?]{0,20}?\\b(?:is|was|are) (?:caused|triggered) by\\b[^.!?]{0,20}?\\b${VACCINE}\\b`,
      "gi",
    ),
    correction: "vaccines do not cause autism; studies of millions of children found no link",
  },
  {
    pattern: new RegExp(
      `\\b(?:covid |mrna |flu )?${VACCINE}\\b[^.!?]{0,20}?\\b(?:is|are)? ?(?:killing|kills|killed)\\b[^.!?]{0,20}?\\b(?:people|athletes|kids|children|babies|thousands|millions|young)\\b`,
      "gi",
    ),
    correction: "large safety studies show vaccine deaths are extremely rare; the diseases kill far more",
  },
  {
    pattern:
      /\bsugar feeds cancer\b|\bstarve (?:your |the )?cancer(?: cells)?\b|\balkaline (?:diet|water)\b[^.!?]{0,30}?\b(?:cures?|prevents?|starves?|kills?|beats?)\b/gi,
    correction: "diet cannot starve or cure cancer; eating sugar does not make tumors grow faster",
  },
  {
    pattern: /\bchemo(?:therapy)?\b[^.!?]{0,12}?\bkills more (?:people|patients)?\s?than\b/gi,
    correction: "chemotherapy saves many lives; its risks are weighed against the cancer's",
  },
  {
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,30}?\\b(?:is|are)\\s(?:way |far |much |a lot |so much )?(?:more dangerous|worse|deadlier|riskier) than\\b`,
      "gi",
    ),
    correction: "the diseases vaccines prevent are far more dangerous than the vaccines",
  },
  {
    pattern:
      /\b(?:measles|chicken ?pox|polio|whooping cough|covid|covid-19|the flu)\b (?:is|are) (?:(?:basically|just|really|only|honestly|usually) )?(?:a )?(?:harmless|just a cold|just the flu|just a bad cold|no big deal|nothing to worry about|a mild illness for everyone|a hoax|fake)\b/gi,
    correction: "measles, chickenpox, flu and COVID can kill or disable, especially the young and old",
  },
  {
    pattern: new RegExp(
      `\\bnatural immunity\\b[^.!?]{0,20}?\\b(?:is )?(?:better|safer|stronger) than (?:the |a |any |your |getting )?${VACCINE}`,
      "gi",
    ),
    correction: "getting sick to gain immunity carries far more risk than the vaccine",
  },
  {
    pattern:
      /\b(?:vitamin c|zinc|elderberry)\b[^.!?]{0,20}?\b(?:cures?|prevents?)\b[^.!?]{0,8}?\b(?:colds?|the flu|flu|covid)\b/gi,
    correction: "vitamin C, zinc and elderberry do not cure or reliably prevent colds or flu",
  },
  {
    pattern:
      /\b(?:microwaved? food|microwaves?)\b[^.!?]{0,20}?\bcauses? cancer\b|\bdeodorants?\b[^.!?]{0,20}?\bcauses? (?:breast )?cancer\b/gi,
    correction: "neither microwaves nor deodorant cause cancer",
  },
];
