/**
 * A public figure described unmistakably ("the mayor", "a certain linebacker", "Senator Diaz"). The
 * organization's own leaders ("our CEO", "our founder") are its people, not public figures it treated.
 */
export const PUBLIC_FIGURE = new RegExp(
  [
    "\\b(?:the|a certain|a famous|a well-known|a very famous|our local|a local|a popular|a big-name|a star|a pro|a former|an nfl|an nba|an olympic|an mlb|a celebrity|one of the|which|what|guess which|guess what|that|this|that famous|this famous|our town's|our city's|the town's|the city's|our beloved|our(?!(?:\\s[\\w'-]+){0,3}\\s(?:ceo|cfo|founder|chef|host|dj|coach|author|pastor|model|band|players?|team)\\b))\\s(?:[\\w'-]+\\s){0,3}(?:mayor|governor|senator|state senator|congressman|congresswoman|representative|state rep|councilman|councilwoman|council member|councillor|councilor|alderman|alderwoman|commissioner|county commissioner|assemblyman|assemblywoman|ambassador|(?:city|town|county|village|borough|council|board|school board|student body|union) president|former president|sheriff|police chief|fire chief|superintendent|principal(?! investigator)|quarterback|qb|linebacker|forward|defenseman|midfielder|running back|wide receiver|pitcher|catcher|shortstop|point guard|center|striker|goalie|goalkeeper|coach|athlete|swimmer|gymnast|olympian|skater|boxer|fighter|wrestler|golfer|tennis player|racer|driver|celebrity|celeb|actor|actress|singer|rapper|musician|pop star|rock star|country star|influencer|youtuber|tiktoker|streamer|news anchor|anchor|anchorwoman|anchorman|weatherman|meteorologist|reporter|reality star|star|ceo|billionaire|author|comedian|model|player|pastor|bishop|judge|dj|chef|medalist|champion|champ|olympian|winner|nominee|dancer|creator|tiktok star|personality|talk show host|host|lead singer|frontman|band|ceo|founder of|news|celebrity chef|rockstar|legend|hall of famer|mvp|captain|skipper|vice-captain|footballer|cricketer|batsman|bowler|winger|fly-half|halfback|fullback|prop|jockey|cyclist|presenter|newsreader|broadcaster|radio host|tv host|weather (?:guy|girl|man|woman|lady|presenter)|weatherperson|mp|minister|premier|politician|podcaster|vlogger)\\b",
    "\\b(?:mayor|governor|gov\\.|senator|sen\\.|congressman|congresswoman|rep\\.|councilman|councilwoman|sheriff|olympic (?:swimmer|gold medalist|athlete|gymnast|skier|runner|champion)|olympian|nfl (?:star|player|quarterback|legend)|nba (?:star|player|legend)|pop star|rapper|actor|actress|singer|influencer|news anchor|coach)\\s[A-Z][a-z]+",
    "\\b(?:famous face|celebrity|celeb|someone famous|a famous|you'd recognize|you would recognize|household name|big name|local legend|local celebrity|guess who)\\b",
  ].join("|"),
  "i",
);

/** The public figure was seen or treated here. */
export const SEEN_OR_TREATED = new RegExp(
  [
    "\\b(?:is|was) recovering\\b|\\b(?:was|were|got|been|being) (?:seen|treated|admitted|discharged|stitched up|patched up|x-?rayed|scanned|operated on|examined|checked out|checked in)\\b",
    "\\b(?:performed|delivered|diagnosed|set (?:his|her) |treat|treated|treating|operate on|operated on|stitched|patched up|saw|see|seeing|examined|took care of|cared for|had the honor of treating|privilege to treat|privileged to treat)\\b",
    "\\b(?:came|came in|stopped in|stopped by|popped in|dropped in|walked in|was in|was here|visited|rolled in)\\b",
    "\\b(?:in|at|to|into|through) (?:our|my|the) (?:[\\w-]+ )?(?:clinic|er|ed|office|chair|dental chair|exam room|hospital|unit|practice|trauma bay|icu|or|waiting room|er today|office today|urgent care)\\b(?! (?:staff|team|party|event|gala|fundraiser))",
    "\\bgot (?:his|her|their) [\\w ]{1,20}(?:out|done|removed|fixed|pulled|set|checked|stitched|cleaned)\\b",
    // Sports and musculoskeletal care of a named player: "managing his hamstring", "fitting a knee brace".
    "\\b(?:managing|strapping|strapped|taping|taped|fitting|fitted|rehabbing|rehabbed)\\b[^.!?]{0,50}\\b(?:hamstring|knee|ankle|shoulder|brace|injury|groin|calf|acl|wrist)\\b",
    "\\b(?:replacement|repair|transplant|fracture|diagnosis|surgery|procedure|checkup|check-up|cleaning|appointment|visit|recovery|rehab|cast|stitches|scan|mri|x-?ray|physical|bypass|stent|chemo|chemotherapy|operation|(?:surgical|care|treatment|trauma|cardiac|transplant) team)\\b",
    "\\b(?:patient|pt)\\b",
  ].join("|"),
  "i",
);

/**
 * A team, league or outlet, capitalized, right before the role, with no article: "Super Eagles striker",
 * "All Blacks captain", "Channel 9 presenter". Case matters here, so it is a regex of its own.
 */
export const TEAM_ROLE =
  /\b(?:[A-Z][\w'-]*\s){1,3}(?:striker|captain|skipper|quarterback|linebacker|goalkeeper|goalie|midfielder|winger|fly-half|halfback|point guard|pitcher|footballer|cricketer|batsman|forward|defender|presenter|newsreader|anchor|weather (?:guy|girl|man|woman|lady|presenter))\b/;
