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
  /**
   * Words (lower case, whole words) of which the post must contain one before the pattern is tried: a
   * word-set lookup, so the ~70 whole-text patterns only run on posts about their topic.
   */
  topics: readonly string[];
  /** The post must also mention this for the pattern to mean the myth ("it gives you the flu" needs a flu shot). */
  requires?: RegExp;
}

const VACCINE = "(?:vaccines?|vaccinations?|vaxx?(?:es|ines?)?|jabs?|shots?|immunizations?|mmr(?: shots?| vaccines?)?)";

/** Words for vaccines, the gate for the vaccine myths. */
const VACCINE_TOPICS: readonly string[] = [
  "vaccine",
  "vaccines",
  "vaccination",
  "vaccinations",
  "vax",
  "vaxx",
  "vaxxes",
  "vaxxine",
  "vaxxines",
  "jab",
  "jabs",
  "shot",
  "shots",
  "immunization",
  "immunizations",
  "immunisation",
  "immunisations",
  "mmr",
];

export const MYTHS: readonly Myth[] = [
  {
    topics: ["measles", "mmr", "flu", "covid", "polio", "chickenpox", "chicken", "shingles", "hpv", "whooping"],
    pattern:
      /\b(?:measles|mmr|flu|covid|polio|chickenpox|chicken pox|shingles|hpv|whooping cough) (?:vaccines?|shots?|jabs?)\b[^.!?]{0,20}?\b(?:causes?|gives? you|gave (?:me|him|her|them))\b[^.!?]{0,10}?\b(?:measles|covid|polio|chickenpox|chicken pox|shingles|hpv|whooping cough)\b/gi,
    correction: "vaccines cannot give you the disease they protect against",
  },
  {
    topics: ["bra", "bras", "underwire"],
    pattern:
      /\b(?:underwire |tight )?bras?\b[^.!?]{0,20}?\bcause[sd]?\b[^.!?]{0,10}?\bbreast cancer\b|\bbreast cancer\b[^.!?]{0,20}?\bcaused by\b[^.!?]{0,10}?\b(?:underwire |tight )?bras?\b/gi,
    correction: "bras do not cause breast cancer",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:contain|contains|are full of|have|has|are made with)\\b[^.!?]{0,20}?\\b(?:aborted|fetal cells|heavy metals|poisons?|toxins|antifreeze|mercury)\\b|\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:are|is)\\s(?:poison|toxic)\\b`,
      "gi",
    ),
    correction: "vaccine ingredients are listed, tested and safe at the doses given",
  },
  {
    topics: ["chemtrail", "chemtrails"],
    pattern: /\bchemtrails?\b/gi,
    correction: "contrails are water vapor; there is no chemical spraying program",
  },
  {
    topics: ["tylenol", "acetaminophen", "paracetamol"],
    pattern: /\b(?:tylenol|acetaminophen|paracetamol)\b[^.!?]{0,30}?\bcause[sd]?\b[^.!?]{0,10}?\b(?:autism|adhd)\b/gi,
    correction:
      "studies have not shown that acetaminophen in pregnancy causes autism; untreated fever carries real risks",
  },
  {
    topics: ["mask", "masks"],
    pattern:
      /\b(?:masks?|face masks?)\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|give you|lead to)\b[^.!?]{0,12}?\b(?:co2 poisoning|carbon dioxide poisoning|co2 build ?up|carbon dioxide build ?up|co2 retention|hypoxia|low oxygen|pneumonia|brain damage)\b|\b(?:masks?|face masks?)\b[^.!?]{0,30}?\blower(?:s|ing)? (?:your |their |kids' |children's |the )?(?:oxygen|o2|oxygen levels|oxygen saturation)\b/gi,
    correction: "masks do not cause CO2 poisoning or low oxygen",
  },
  {
    topics: ["phone", "phones", "cellphone", "cellphones", "wifi", "wi"],
    pattern:
      /\b(?:cell ?phones?|wifi|wi-fi)\b[^.!?]{0,20}?\bcause[sd]?\b[^.!?]{0,10}?\b(?:cancer|brain tumors?|autism)\b/gi,
    correction: "phones and wifi have not been shown to cause cancer",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b(?:too many ${VACCINE} too soon|${VACCINE}\\b[^.!?]{0,20}?\\b(?:overwhelm|overload|overstimulat|overburden)\\w*\\b[^.!?]{0,12}?\\bimmune systems?)`,
      "gi",
    ),
    correction: "the childhood schedule is safe; vaccines do not overwhelm a child's immune system",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b(?:spread|space|stagger|(?:recommend|suggest|prefer|try|consider|keep|start|by|i'm|we're|i am|we are) (?:spreading|spacing|staggering)) (?:them|the ${VACCINE}|(?:his|her|their|your|your baby's|your kid's) ${VACCINE}|${VACCINE}) out\\b`,
      "gi",
    ),
    requires: new RegExp(`\\b${VACCINE}\\b`, "i"),
    correction: "spacing vaccines out has no safety benefit and leaves children unprotected for longer",
  },
  {
    topics: VACCINE_TOPICS.concat(["vaccinated"]),
    pattern: new RegExp(
      `\\b(?:${VACCINE}|vaccinated (?:people|folks|kids|adults))\\b[^.!?]{0,12}?\\bshed(?:s|ding)?\\b|\\bvaccine shedding\\b`,
      "gi",
    ),
    correction: "mRNA and most other vaccines do not shed",
  },
  {
    topics: ["flu"],
    pattern:
      /\b(?:it|they|the shot|the vaccine|that shot|that vaccine|the jab)\s+(?:gives?|gave|will give)\s+(?:you|me|people|everyone|them)\s+the flu\b/gi,
    requires: /\bflu (?:shots?|vaccines?|jabs?)\b/i,
    correction: "the flu shot cannot give you the flu; it contains no live virus",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,40}?\\b(?:cause[sd]?|causing|lead to|leads to|gives?|trigger(?:s|ed)?)\\b[^.!?]{0,20}?\\bautism\\b`,
      "gi",
    ),
    correction: "vaccines do not cause autism; studies of millions of children found no link",
  },
  {
    topics: ["flu"],
    pattern:
      /\bflu (?:shots?|vaccines?|jabs?)\b[^.!?]{0,40}?\b(?:gives?|gave|give|cause[sd]?|causes)\b[^.!?]{0,12}?\b(?:the )?flu\b/gi,
    correction: "the flu shot cannot give you the flu; it contains no live virus",
  },
  {
    topics: ["withdrawal", "withdrawals"],
    pattern:
      /\bwithdrawals? (?:is|are)\b[^.!?]{0,12}?\b(?:a myth|fake|not real|made up|all in (?:their|your) heads?|exaggerated)\b|\bwithdrawals? (?:isn't|aren't|is not|are not) (?:real|a thing|dangerous)\b/gi,
    correction: "withdrawal is real and can be dangerous",
    negationInside: false,
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,30}?\\b(?:cause[sd]?|causes|causing|leads? to|leading to|linked to)\\b[^.!?]{0,12}?\\b(?:infertility|sterility|sids|cancer|shedding|turbo cancer)\\b`,
      "gi",
    ),
    correction: "vaccines do not cause infertility, SIDS or cancer",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b(?:covid|mrna)?\\s?${VACCINE}\\b[^.!?]{0,20}?\\b(?:alter|alters|change|changes|rewrite|rewrites|modif(?:y|ies))\\b[^.!?]{0,10}?\\bdna\\b`,
      "gi",
    ),
    correction: "mRNA vaccines do not change your DNA",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,20}?\\b(?:contain|have|has)\\b[^.!?]{0,12}?\\b(?:microchips?|chips?|trackers?|5g)\\b`,
      "gi",
    ),
    correction: "vaccines contain no microchips",
  },
  {
    topics: ["unvaccinated"],
    pattern:
      /\bunvaccinated (?:kids|children|people|babies|adults)\b[^.!?]{0,20}?\b(?:are|were)\s(?:much |way |far |a lot )?(?:healthier|less sick|smarter|stronger)\b/gi,
    correction: "vaccinated children are not less healthy; they are protected from diseases that kill",
  },
  {
    topics: [
      "antidepressant",
      "antidepressants",
      "ssri",
      "ssris",
      "psych",
      "adhd",
      "stimulants",
      "statins",
      "vaccine",
      "vaccines",
    ],
    pattern:
      /\b(?:antidepressants?|ssris?|psych meds|adhd meds|stimulants|statins|vaccines?)\b[^.!?]{0,32}?\b(?:rot|rots|fry|fries|destroy|destroys|damage|damages|ruin|ruins) (?:your |the |kids' )?brains?\b/gi,
    correction: "these medicines do not rot or destroy the brain",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b(?:${VACCINE}|flu (?:shots?|jabs?|vaccines?))\\b (?:is|are) (?:(?:just|all|basically|a total|a complete) )?(?:a scam|a hoax|scams|hoaxes|poison|useless|pointless|a money grab|a cash grab)\\b`,
      "gi",
    ),
    correction: "vaccines are tested, monitored and prevent serious illness",
  },
  {
    topics: ["birth", "pill", "contraception", "iud", "iuds", "implant", "depo"],
    pattern:
      /\b(?:birth control|the pill|hormonal contraception|iuds?|the implant|the depo shot|depo)\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|causing|leads? to|gives? you)\b[^.!?]{0,12}?\b(?:infertility|sterility|abortions?|birth defects|cancer)\b/gi,
    correction: "birth control does not cause infertility; fertility returns after stopping",
  },
  {
    topics: [
      "statins",
      "vaccine",
      "vaccines",
      "antidepressant",
      "antidepressants",
      "ssri",
      "ssris",
      "chemo",
      "chemotherapy",
      "insulin",
      "blood",
      "antibiotics",
    ],
    pattern:
      /\b(?:statins|vaccines?|antidepressants?|ssris?|chemo(?:therapy)?|insulin|blood pressure meds|antibiotics)\b[^.!?]{0,20}?\bdo(?:es)? more harm than good (?:for|in|to) (?:literally |basically )?(?:everyone|everybody|anyone|all)\b/gi,
    correction: "these treatments help the people they are prescribed for; benefits and harms depend on the person",
  },
  {
    topics: ["root"],
    pattern:
      /\broot canals?\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|causing|leads? to|linked to|give you)\b[^.!?]{0,12}?\b(?:cancer|breast cancer|autoimmune|disease|illness|heart disease)\b/gi,
    correction: "root canals do not cause cancer or other disease; that 1920s focal-infection theory was disproven",
  },
  {
    topics: ["sunscreen", "sunscreens"],
    pattern: /\bsunscreens?\b[^.!?]{0,20}?\b(?:cause[sd]?|causes|gives? you)\b[^.!?]{0,12}?\bcancer\b/gi,
    correction: "sunscreen prevents skin cancer; sunburn causes it",
  },
  {
    topics: ["antibiotic", "antibiotics"],
    pattern:
      /\bantibiotics?\b[^.!?]{0,20}?\b(?:cure|cures|treat|treats|help with|helps with|fix|fixes|kill|kills|clear up|clears up|clear|clears|get rid of|gets rid of|knock out|knocks out|shorten|shortens|speed up|speeds up|work for|works for|work on|works on)\b[^.!?]{0,8}?\b(?:the common cold|common colds?|colds?|the flu|flu|viruses|viral infections?)\b/gi,
    correction: "antibiotics do nothing for colds, flu or other viruses",
  },
  {
    topics: ["pregnant"],
    pattern:
      /\b(?:can't|cannot|can not|won't|cant) (?:get|become|fall) pregnant (?:while|when|if you're|if you are|on|during) (?:you're |you are |your |ur |the )?(?:breastfeeding|nursing|period|time of the month)\b/gi,
    correction: "pregnancy is possible while breastfeeding or during a period",
    negationInside: false,
  },
  {
    topics: ["cholesterol", "ldl"],
    pattern:
      /(?<!dietary )\b(?:cholesterol|ldl)\b (?:does not|doesn't|does nothing to|has nothing to do with|never|did not|didn't)\b[^.!?]{0,12}?\b(?:cause|causes|caused|the cause of|with)? ?(?:heart disease|heart attacks|cardiovascular disease|atherosclerosis|clogged arteries)\b|\b(?:high )?cholesterol is (?:a myth|a hoax|a scam|harmless|good for you)\b/gi,
    correction: "high LDL cholesterol causes heart disease; lowering it prevents heart attacks",
    negationInside: false,
  },
  {
    topics: ["cancer", "baking"],
    pattern: /\bcancer is (?:a|just a|really a) fungus\b|\bbaking soda\b[^.!?]{0,20}?\bcures?\b/gi,
    correction: "cancer is not a fungus and baking soda does not cure it",
  },
  {
    topics: ["essential"],
    pattern:
      /\bessential oils?\b[^.!?]{0,30}?\b(?:kill|kills|cure|cures|treat|treats|prevent|prevents)\b[^.!?]{0,20}?\b(?:flu|virus|viruses|infections?|covid|cancer|strep)\b/gi,
    correction: "essential oils do not treat or prevent infections",
  },
  {
    topics: ["colloidal"],
    pattern:
      /\bcolloidal silver\b[^.!?]{0,40}?\b(?:cures?|cured|natural antibiotic|kills?|killed|treats?|treated|knocks? out|knocked out|clears?|cleared|works? (?:for|on|against)|better than)\b/gi,
    correction: "colloidal silver does not treat infections and can turn skin blue-gray",
  },
  {
    topics: ["ivermectin", "hydroxychloroquine", "hcq"],
    pattern:
      /\b(?:ivermectin|hydroxychloroquine|hcq)\b[^.!?]{0,20}?\b(?:cures?|cured|treats?|treated|works (?:for|against)|worked (?:for|on|against)|prevents?|prevented|kills?|killed)\b[^.!?]{0,16}?\b(?:covid|covid-19|coronavirus|the virus)\b/gi,
    correction: "large randomized trials found no benefit of ivermectin or hydroxychloroquine for COVID-19",
  },
  {
    topics: ["5g"],
    pattern: /\b5g\b[^.!?]{0,20}?\b(?:causes?|spreads?|caused)\b[^.!?]{0,12}?\b(?:covid|coronavirus|cancer)\b/gi,
    correction: "5G networks do not cause or spread disease",
  },
  {
    topics: ["fluoride"],
    pattern:
      /\bfluoride\b[^.!?]{0,30}?\b(?:is (?:a )?(?:poison|neurotoxin|toxin)|lower(?:s|ing|ed)? (?:your |our |their |kids' |children's |our kids' |our children's )?iq|causes? (?:cancer|autism)|calcifies)\b/gi,
    correction: "fluoride at the levels in drinking water is safe and prevents cavities",
  },
  {
    topics: ["hiv", "aids"],
    pattern:
      /\bhiv\b[^.!?]{0,12}?\b(?:doesn't|does not|don't|can't|cannot|is not|isn't|never)\b[^.!?]{0,10}?\bcause(?: of)? aids\b|\baids is (?:a hoax|not real|caused by drugs)\b/gi,
    correction: "HIV causes AIDS",
    negationInside: false,
  },
  {
    topics: ["autism"],
    pattern: new RegExp(
      `\\bautism\\b[^.!?]{0,20}?\\b(?:is|was|are) (?:caused|triggered) by\\b[^.!?]{0,20}?\\b${VACCINE}\\b`,
      "gi",
    ),
    correction: "vaccines do not cause autism; studies of millions of children found no link",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b(?:covid |mrna |flu )?${VACCINE}\\b[^.!?]{0,20}?\\b(?:is|are)? ?(?:killing|kills|killed)\\b[^.!?]{0,20}?\\b(?:people|athletes|kids|children|babies|thousands|millions|young)\\b`,
      "gi",
    ),
    correction: "large safety studies show vaccine deaths are extremely rare; the diseases kill far more",
  },
  {
    topics: ["sugar", "starve", "alkaline"],
    pattern:
      /\bsugar feeds cancer\b|\bstarve (?:your |the )?cancer(?: cells)?\b|\balkaline (?:diet|water)\b[^.!?]{0,40}?\b(?:cures?|prevents?|starves?|kills?|beats?|(?:cancer )?risk (?:drops?|goes|falls|is) (?:down )?to (?:zero|nothing|0))\b/gi,
    correction: "diet cannot starve or cure cancer; eating sugar does not make tumors grow faster",
  },
  {
    topics: ["chemo", "chemotherapy"],
    pattern: /\bchemo(?:therapy)?\b[^.!?]{0,12}?\bkills more (?:people|patients)?\s?than\b/gi,
    correction: "chemotherapy saves many lives; its risks are weighed against the cancer's",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,30}?\\b(?:(?:is|are)\\s(?:way |far |much |a lot |so much )?(?:more dangerous|worse|deadlier|riskier|more harmful) than|(?:cause|causes|do|does|did|have done|has done)\\s(?:way |far |much |a lot |so much )?more (?:harm|damage|deaths?|injur(?:y|ies)|disability|disabilities) than|(?:kill|kills|killed|injure|injures|harm|harms|hurt|hurts|disable|disables) (?:way |far |a lot )?more (?:(?:people|kids|children|babies) )?than)\\b`,
      "gi",
    ),
    correction: "the diseases vaccines prevent are far more dangerous than the vaccines",
  },
  {
    topics: ["measles", "chicken", "chickenpox", "polio", "whooping", "covid", "flu"],
    pattern:
      /\b(?:measles|chicken ?pox|polio|whooping cough|covid|covid-19|the flu)\b (?:is|are) (?:(?:basically|just|really|only|honestly|usually) )?(?:a )?(?:harmless|just a cold|just the flu|just a bad cold|no big deal|nothing to worry about|a mild illness for everyone|a hoax|fake)\b/gi,
    correction: "measles, chickenpox, flu and COVID can kill or disable, especially the young and old",
  },
  {
    topics: ["natural"],
    pattern: new RegExp(
      `\\bnatural immunity\\b[^.!?]{0,20}?\\b(?:is )?(?:better|safer|stronger) than (?:the |a |any |your |getting )?${VACCINE}`,
      "gi",
    ),
    correction: "getting sick to gain immunity carries far more risk than the vaccine",
  },
  {
    topics: ["vitamin", "zinc", "elderberry"],
    pattern:
      /\b(?:vitamin c|zinc|elderberry)\b[^.!?]{0,20}?\b(?:cures?|prevents?)\b[^.!?]{0,8}?\b(?:colds?|the flu|flu|covid)\b/gi,
    correction: "vitamin C, zinc and elderberry do not cure or reliably prevent colds or flu",
  },
  {
    topics: ["microwave", "microwaved", "microwaves", "deodorant", "deodorants"],
    pattern:
      /\b(?:microwaved? food|microwaves?)\b[^.!?]{0,20}?\bcauses? cancer\b|\bdeodorants?\b[^.!?]{0,20}?\bcauses? (?:breast )?cancer\b/gi,
    correction: "neither microwaves nor deodorant cause cancer",
  },
  // Everyday myths clinicians still repeat
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b[^.!?]{0,30}?\\b(?:cause[sd]?|causing|leads? to|trigger(?:s|ed)?)\\b[^.!?]{0,12}?\\b(?:early menopause|menopause|ovarian failure|miscarriages?|paralysis|guillain-barr[eé]|alzheimer'?s|type 1 diabetes|asthma|allergies|autoimmune disease|adhd)\\b`,
      "gi",
    ),
    correction: "vaccines do not cause these conditions; large safety studies have looked",
  },
  {
    topics: ["vaccinated"],
    pattern:
      /\bvaccinated (?:people|folks|kids|children|adults)\b[^.!?]{0,20}?\b(?:spread|transmit|carry|shed)\b[^.!?]{0,20}?\bmore\b/gi,
    correction: "vaccinated people do not spread disease more than unvaccinated people",
  },
  {
    topics: ["sugar"],
    pattern:
      /\bsugar\b[^.!?]{0,12}?\b(?:makes?|made|causes?|caused) (?:kids |children |them |him |her )?(?:hyper|hyperactive|hyperactivity|adhd)\b/gi,
    correction: "sugar does not make children hyperactive; controlled trials found no effect",
  },
  {
    topics: ["knuckles"],
    pattern:
      /\bcracking (?:your |my |their )?knuckles\b[^.!?]{0,12}?\b(?:causes?|gives? you|leads? to)\b[^.!?]{0,8}?\barthritis\b/gi,
    correction: "cracking your knuckles does not cause arthritis",
  },
  {
    topics: ["heat"],
    pattern:
      /\b(?:most|half|the majority) of (?:your |the )?body heat\b[^.!?]{0,20}?\bhead\b|\blose (?:most|half|\d+%) of (?:your |the )?(?:body )?heat (?:through|from|out) (?:your|the) head\b/gi,
    correction: "the head loses heat like any other uncovered part of the body",
  },
  {
    topics: ["cold", "wet", "draft"],
    pattern:
      /\b(?:cold weather|the cold|being cold|going out with wet hair|wet hair|cold air|getting cold|sitting in a draft)\b[^.!?]{0,12}?\b(?:gives?|gave|causes?|caused|will give) (?:you |them |kids |people )?(?:a cold|colds|the flu|flu|pneumonia)\b/gi,
    correction: "colds and flu come from viruses, not from cold weather or wet hair",
  },
  {
    topics: ["fever"],
    pattern: /\bfeed a cold,? starve a fever\b|\bstarve a fever\b/gi,
    correction: "people with a fever need fluids and food, not starving",
  },
  {
    topics: ["brain", "brains"],
    pattern: /\b(?:we|you|people|humans) (?:only )?use (?:only )?10 ?% of (?:our|your|their) brains?\b/gi,
    correction: "people use virtually all of their brain",
  },
  {
    topics: ["shaving"],
    pattern:
      /\bshaving\b[^.!?]{0,20}?\b(?:makes?|causes?) (?:your |the |body |leg )?hair (?:to )?grow (?:back )?(?:thicker|darker|faster|coarser)\b/gi,
    correction: "shaving does not change hair thickness, color or growth",
  },
  {
    topics: ["gum"],
    pattern:
      /\b(?:swallowed |swallowing )?gum\b[^.!?]{0,20}?\bstays? in (?:your|the) (?:stomach|gut|body) for (?:7|seven) years\b/gi,
    correction: "swallowed gum passes through the gut in days",
  },
  {
    topics: ["reading", "sitting"],
    pattern:
      /\b(?:reading in (?:dim|low|bad) light|sitting (?:too )?close to the (?:tv|screen))\b[^.!?]{0,20}?\b(?:ruins?|damages?|hurts?|causes?|will ruin)\b[^.!?]{0,12}?\b(?:eyes|eyesight|vision|blindness)\b/gi,
    correction: "dim light and screens can tire the eyes but do not damage them",
  },
  {
    topics: ["burn", "burns"],
    pattern:
      /\b(?:put|rub|use|apply|spread)\s(?:some\s)?(?:butter|toothpaste|ice|oil|mayo|egg whites?)\s(?:on|onto)\s(?:(?:a|the|your|their|his|her|any)\s)?(?:\w+\s)?burns?\b/gi,
    correction: "cool running water is the first aid for a burn; butter, ice or toothpaste make it worse",
  },
  {
    // Every L&D and ED nurse jokes about the full moon; the myth is the claim that it is proven fact.
    topics: ["moon"],
    requires: /\b(?:science|scientific(?:ally)?|proven|a fact|guaranteed|every (?:single )?time|always|never fails)\b/i,
    pattern:
      /\bfull moons?\b[^.!?]{0,40}?\b(?:more (?:women|babies|births|deliveries|labou?rs?|admissions|patients|psych|seizures|trauma)|go(?:es)? into labou?r|busier|busy night|(?:brings?|means?|causes?) (?:more|the crazies|chaos)|crazies)\b/gi,
    correction: "studies find no rise in births, admissions or ER visits at the full moon",
  },
  {
    // Spinal manipulation has evidence for low back pain only, not for infections or childhood illness.
    topics: ["adjustment", "adjustments", "chiropractic", "chiropractor", "chiropractors", "manipulation"],
    pattern:
      /\b(?:spinal |chiropractic |neck |back )?(?:adjustments?|manipulations?|chiropractic care)\b[^.!?]{0,30}?\b(?:cures?|cured|fix(?:es)?|treats?|heals?|prevents?|clears? up|gets? rid of)\b[^.!?]{0,20}?\b(?:ear infections?|otitis|asthma|colic|adhd|autism|allerg(?:y|ies)|bedwetting|infections?|diabetes|high blood pressure|hypertension|cancer|reflux|immune)\b/gi,
    correction: "spinal manipulation does not treat infections, asthma or other childhood illness",
  },
  {
    topics: ["nosebleed", "nosebleeds", "nose"],
    pattern:
      /\btilt (?:your|their|his|her|the) head back\b[^.!?]{0,30}?\bnose ?bleeds?\b|\bnose ?bleeds?\b[^.!?]{0,30}?\btilt (?:your|their|his|her|the) head back\b/gi,
    correction: "for a nosebleed, lean forward and pinch the soft part of the nose",
  },
  {
    topics: ["tongue", "mouth"],
    pattern:
      /\b(?:swallow (?:their|his|her|your) tongue|put (?:something|a spoon|a wallet|your fingers?) in (?:their|his|her|the person's) mouth)\b/gi,
    requires: /\bseiz/i,
    correction: "no one can swallow their tongue; never put anything in the mouth of someone having a seizure",
  },
  {
    topics: ["snot", "mucus", "phlegm", "boogers"],
    pattern:
      /\b(?:green|yellow) (?:snot|mucus|phlegm|boogers)\b[^.!?]{0,20}?\b(?:means?|needs?|=)\b[^.!?]{0,20}?\b(?:antibiotics|a bacterial infection|bacterial)\b/gi,
    correction: "green or yellow mucus does not mean a bacterial infection or a need for antibiotics",
  },
  {
    topics: ["teething", "fever", "fevers"],
    pattern:
      /\b(?:teething)\b[^.!?]{0,12}?\b(?:causes?|gives?|means?)\b[^.!?]{0,12}?\b(?:high )?fevers?\b|\bfevers?\b[^.!?]{0,20}?\b(?:causes?|will cause|leads? to)\b[^.!?]{0,8}?\bbrain damage\b/gi,
    correction: "teething does not cause high fever, and fever itself does not cause brain damage",
  },
  {
    topics: ["adhd", "autism", "depression", "anxiety", "mental", "ptsd", "addiction"],
    pattern:
      /\b(?:adhd|autism|depression|anxiety|mental illness|ptsd|addiction)\b (?:is|are) (?:(?:just|all|really|basically|simply) )?(?:a choice|a weakness|made up|fake|a myth|all in (?:your|their) heads?|bad parenting|laziness|an excuse|a trend)\b/gi,
    correction: "these are real medical conditions, not choices or weakness",
  },
  {
    topics: ["adhd", "autism", "depression", "anxiety", "mental", "ptsd", "addiction"],
    pattern:
      /\b(?:adhd|autism|depression|anxiety|mental illness|ptsd|addiction)\b (?:isn't|is not|aren't) (?:a )?real\b/gi,
    correction: "these are real medical conditions, not choices or weakness",
    negationInside: false,
  },
  {
    topics: ["surgery", "biopsy", "biopsies", "air", "mammogram", "mammograms", "gmo", "gmos"],
    pattern:
      /\b(?:surgery|a biopsy|biopsies|exposing it to air)\b[^.!?]{0,20}?\b(?:spreads?|makes? (?:the )?cancer spread|causes? (?:the )?cancer to spread)\b|\bmammograms?\b[^.!?]{0,20}?\bcauses? (?:breast )?cancer\b|\bgmos?\b[^.!?]{0,20}?\bcauses? cancer\b/gi,
    requires: /\bcancer\b/i,
    correction: "biopsies, surgery, mammograms and GMO foods do not cause or spread cancer",
  },
  {
    topics: ["pregnant", "sti", "stis", "std", "stds", "hiv", "herpes"],
    pattern:
      /\b(?:can't|cannot|can not|won't) (?:get|become) pregnant (?:the|your|on (?:the|your)) first time\b|\b(?:can't|cannot|won't) (?:get|catch) (?:an? )?(?:stis?|stds?|hiv|herpes|hpv)\b[^.!?]{0,12}?\b(?:from|through|with) oral\b|\bpull[- ]out method\b[^.!?]{0,20}?\b(?:100%|totally|completely|always) (?:effective|safe|works)\b/gi,
    correction: "pregnancy and STIs happen in all of these situations",
    negationInside: false,
  },
  {
    topics: ["antiperspirant", "antiperspirants", "aluminum", "aluminium"],
    pattern:
      /\b(?:antiperspirants?|aluminum)\b[^.!?]{0,20}?\bcauses?\b[^.!?]{0,8}?\b(?:alzheimer'?s|dementia|breast cancer)\b/gi,
    correction: "antiperspirant and aluminum do not cause Alzheimer's or breast cancer",
  },
  {
    topics: ["monogamous"],
    pattern:
      /\b(?:you can'?t|cannot|can not|can't) (?:catch|get) (?:hpv|an? sti|an? std|stis|stds|hiv)\b[^.!?]{0,12}?\bif you(?:'re| are)\b[^.!?]{0,6}?\bmonogamous\b/gi,
    correction: "HPV is common even in monogamous couples; the vaccine protects before exposure",
    negationInside: false,
  },
  {
    topics: ["msg"],
    pattern:
      /\bmsg\b[^.!?]{0,12}?\b(?:causes?|gives? you|triggers?)\b[^.!?]{0,12}?\b(?:migraines?|headaches?|cancer|asthma|brain damage)\b/gi,
    correction: "blinded studies have not found that MSG causes headaches or other illness",
  },
  {
    topics: ["carrot", "carrots"],
    pattern:
      /\bcarrots?\b[^.!?]{0,30}?\b(?:gives? you|improves?|fix(?:es)?|cures?)\b[^.!?]{0,12}?\b(?:perfect |better |20\/20 )?(?:night vision|eyesight|vision)\b/gi,
    correction: "carrots do not improve eyesight in well-fed people; the night-vision story was wartime propaganda",
  },
  {
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `\\b${VACCINE}\\b (?:isn't|is not|aren't|are not) (?:needed|necessary|worth it|for you)\\b[^.!?]{0,12}?\\b(?:if|when|once) (?:you're|you are|you've been|you have been) (?:married|monogamous|in a relationship|healthy|young|already sick)\\b`,
      "gi",
    ),
    correction: "vaccines protect people in relationships and healthy people too",
    negationInside: false,
  },
  {
    topics: ["fever", "fevers"],
    pattern:
      /\b(?:never|don't|do not) (?:treat|bring down|lower) (?:a |the |your |their |any )?fevers?\b|\bfevers?\b[^.!?]{0,40}?\bnever (?:treat|bring down|lower) (?:them|it)\b/gi,
    correction: "fever can be treated for comfort, and fever in a young infant needs a doctor",
    negationInside: false,
  },
  {
    topics: ["autism"],
    pattern:
      /\b(?:mmr|vaccines?|vaccine|jabs?|vax)[\s–—-]+autism (?:link|connection)\b[^.!?]{0,30}?\b(?:(?:was|has|is) never (?:been )?(?:properly |actually |really )?(?:disproven|disproved|debunked|refuted)|is real|(?:was|is being|got) (?:covered up|buried|hidden|hushed up)|they (?:don't|won't) (?:want|tell))/gi,
    correction: "vaccines do not cause autism; studies of millions of children found no link",
    negationInside: false,
  },
  {
    topics: [
      "antibiotic",
      "antibiotics",
      "amoxicillin",
      "amoxil",
      "augmentin",
      "azithromycin",
      "zpack",
      "z",
      "doxycycline",
    ],
    pattern:
      /\b(?:antibiotics?|amoxicillin|amoxil|augmentin|azithromycin|z-?pack|doxycycline)\b[^.!?]{0,30}?\b(?:stops?|prevents?|keeps?)\b[^.!?]{0,12}?\b(?:it|a cold|the cold|colds?|the flu|a virus|viruses|a cough)\b[^.!?]{0,8}?\b(?:turning into|becoming|from turning|from becoming|getting worse|going to your chest)\b/gi,
    correction: "antibiotics do nothing for colds, flu or other viruses, and do not stop them getting worse",
  },
  {
    // Anything sold as better protection than a vaccine: "cold showers boost immunity more than any vaccine".
    topics: VACCINE_TOPICS,
    pattern: new RegExp(
      `(?<!\\b(?:nothing|no|nobody|none|not|never)\\b[^.!?]{0,40})\\b(?:better|more|stronger|safer|more effective|works better)\\b[^.!?]{0,12}?\\bthan (?:any |a |the |every |your |getting (?:a |the )?)?(?:flu |covid |mmr )?${VACCINE}\\b(?! (?:schedule|clinic|appointment))`,
      "gi",
    ),
    correction: "nothing protects against infection as well as the vaccine does",
    requires:
      /\b(?:immun\w*|natural|protect\w*|boost\w*|defen[cs]es?|garlic|vitamin|zinc|elderberry|shower|sun|diet|sauna|fasting|oil|tea)\b/i,
  },
  {
    // The class: a proven-safe food, drug or technology blamed for a serious disease or called poison.
    topics: [
      "seed",
      "canola",
      "statin",
      "statins",
      "ssri",
      "ssris",
      "antidepressant",
      "antidepressants",
      "aspartame",
      "gmo",
      "gmos",
      "5g",
      "wifi",
      "sunscreen",
      "sunscreens",
      "fluoride",
      "pasteurized",
      "pasteurised",
      "pasteurization",
      "microwaves",
      "epidural",
      "epidurals",
      "mammograms",
      "mammogram",
      "vitamin",
      ...VACCINE_TOPICS,
    ],
    pattern:
      /\b(?:(?:the )?mmr|vaccines?|vaccinations?|jabs?|vaxx?(?:es|ines?)?|immuni[sz]ations?|seed oils?|vegetable oils?|canola(?: oil)?|statins?|ssris?|antidepressants?|aspartame|gmos?|5g(?: towers?| masts?)?|wifi|sunscreens?|fluoride|pasteuri[sz]ed milk|pasteuri[sz]ation|microwaves?|epidurals?|mammograms?|vitamin k shots?)\b[^.!?]{0,30}?\b(?:(?:(?:are|is) (?:the )?(?:real |actual |true |main )?(?:cause|causes|reason) (?:of|for|behind)|(?:are|is) (?:what's |really |secretly )?behind|caus(?:e|es|ed|ing)|giv(?:e|es|ing) (?:you|people|kids|us)|lead(?:s)? to)\b[^.!?]{0,20}?\b(?:cancer|autism|heart disease|heart attacks|dementia|alzheimer'?s|infertility|sids|brain damage|leukemia|breast cancer|chronic disease|chronic inflammation|obesity|adhd|regression|developmental delays?|developmental regression|learning disabilit(?:y|ies)|allergies|food allergies|asthma|eczema|autoimmune disease|type 1 diabetes|seizures|epilepsy|tics|headaches|migraines|insomnia|brain fog|covid)\b|do(?:es)? more harm than good\b|(?:are|is) (?:literally |basically |pure )?(?:poison|poisoning (?:us|you)|toxic|a neurotoxin|killing (?:us|you|people|more people))\b)/gi,
    correction: "the evidence shows these are safe and do not cause the disease blamed on them",
  },
];
