//! Context: which subject a sentence is about, from cue words and from the spans found in it.
//!
//! Look-alikes (`A4 paper`, `vitamin B12`, `CO` for Colorado, citations `[3, 4]`) are told
//! apart from real spans by context. A candidate that needs context names the subjects that
//! make it clear; the sentence mask (cue words and confidently found spans of this sentence
//! and its neighbours) must contain one of them. Short word lists look one word left or right
//! for labels (`Fig. 3`, `pp. 113-127`) and for nouns that name a look-alike (`A4 paper`).

/// Subject bits of a context mask.
pub const CHEM: u8 = 1;
pub const PHYS: u8 = 2;
pub const MATH: u8 = 4;
pub const MUSIC: u8 = 8;
pub const BIO: u8 = 16;
pub const SCIENCE: u8 = CHEM | PHYS | BIO;

/// Names of the subject bits, for explanations.
pub fn describe(mask: u8) -> String {
    let names = [
        (CHEM, "chemistry"),
        (PHYS, "physics/engineering"),
        (MATH, "mathematics"),
        (MUSIC, "music"),
        (BIO, "biology"),
    ];
    let parts: Vec<&str> = names
        .iter()
        .filter(|(b, _)| mask & b != 0)
        .map(|(_, n)| *n)
        .collect();
    if parts.is_empty() {
        "none".to_string()
    } else {
        parts.join(" or ")
    }
}

/// What a candidate needs from its context to be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Need {
    /// Kept only if the context has one of these bits (0: no requirement).
    pub any: u8,
    /// Rejected if the context has one of these bits ...
    pub veto: u8,
    /// ... unless it also has one of these.
    pub unless: u8,
}

impl Need {
    pub const NONE: Need = Need {
        any: 0,
        veto: 0,
        unless: 0,
    };

    pub const fn any(bits: u8) -> Need {
        Need {
            any: bits,
            veto: 0,
            unless: 0,
        }
    }

    pub fn is_none(&self) -> bool {
        self.any == 0 && self.veto == 0
    }

    pub fn satisfied(&self, ctx: u8) -> bool {
        (self.any == 0 || ctx & self.any != 0) && !(ctx & self.veto != 0 && ctx & self.unless == 0)
    }

    pub fn explain_failure(&self, ctx: u8) -> String {
        if self.any != 0 && ctx & self.any == 0 {
            format!(
                "needs {} context (none in this sentence or its neighbours)",
                describe(self.any)
            )
        } else {
            format!(
                "{} context without {} context",
                describe(ctx & self.veto),
                describe(self.unless)
            )
        }
    }
}

/// Subject bits of one lowercased ASCII word.
pub fn cue_of(w: &[u8]) -> u8 {
    if w.len() < 2 {
        return 0;
    }
    let exact = match w {
        // chemistry
        b"chemical" | b"chemicals" | b"chemistry" | b"chemist" | b"chemists" | b"molecule"
        | b"molecules" | b"molecular" | b"mol" | b"mole" | b"moles" | b"molar" | b"molarity"
        | b"compound" | b"compounds" | b"reaction" | b"reactions" | b"react" | b"reacts"
        | b"reacted" | b"reacting" | b"reactant" | b"reactants" | b"acid" | b"acids"
        | b"acidic" | b"alkaline" | b"salt" | b"salts" | b"solvent" | b"solute" | b"dissolve"
        | b"dissolved" | b"dissolves" | b"dissolving" | b"aqueous" | b"oxide" | b"oxides"
        | b"oxidation" | b"oxidized" | b"oxidised" | b"ion" | b"ions" | b"ionic" | b"cation"
        | b"cations" | b"anion" | b"anions" | b"electron" | b"electrons" | b"covalent"
        | b"atom" | b"atoms" | b"atomic" | b"isotope" | b"isotopes" | b"gas" | b"gases"
        | b"gaseous" | b"water" | b"catalyst" | b"catalysts" | b"catalyzed" | b"combustion"
        | b"precipitate" | b"titration" | b"formula" | b"formulas" | b"stoichiometry"
        | b"oxygen" | b"hydrogen" | b"carbon" | b"nitrogen" | b"sodium" | b"chloride"
        | b"chlorine" | b"sulfate" | b"sulphate" | b"sulfur" | b"nitrate" | b"carbonate"
        | b"hydroxide" | b"ammonia" | b"methane" | b"ethanol" | b"glucose" | b"metal"
        | b"metals" | b"alloy" | b"crystal" | b"crystals" | b"concentration" | b"dilute"
        | b"diluted" | b"mixture" | b"electrolysis" | b"electrolyte" | b"redox" | b"valence"
        | b"dioxide" | b"monoxide" | b"peroxide" | b"decomposes" | b"decompose"
        | b"decomposition" | b"hydrate" | b"anhydrous" | b"poisoning" | b"fumes" | b"vapor"
        | b"vapour" | b"reagent" | b"reagents" | b"beaker" | b"flask" | b"emissions"
        | b"greenhouse" | b"yields" | b"ph" | b"titrated" | b"element" | b"elements" | b"bond"
        | b"bonds" | b"bonded" | b"synthesis" | b"synthesized" | b"lab" | b"laboratory"
        | b"toxic" | b"inert" | b"noble" | b"pollutant" | b"pollutants" | b"oxidizer" | b"fuel"
        | b"burns" | b"burning" | b"equilibrium" | b"buffer" | b"precipitated" | b"solid"
        | b"liquid" | b"evaporates" | b"evaporated" | b"hydrated" | b"neutralize"
        | b"neutralizes" | b"neutralized" | b"acetate" | b"sulfide" | b"nitride"
        | b"semiconductor" | b"ore" | b"mineral" | b"minerals" | b"balloon" | b"balloons"
        | b"exhaust" | b"detector" => CHEM,
        // physics and engineering
        b"velocity" | b"speed" | b"acceleration" | b"accelerates" | b"force" | b"forces"
        | b"mass" | b"energy" | b"momentum" | b"power" | b"voltage" | b"current"
        | b"resistance" | b"resistor" | b"resistors" | b"circuit" | b"circuits" | b"magnetic"
        | b"electric" | b"electrical" | b"temperature" | b"temperatures" | b"pressure"
        | b"heat" | b"heated" | b"thermal" | b"frequency" | b"wavelength" | b"wave" | b"waves"
        | b"amplitude" | b"gravity" | b"gravitational" | b"friction" | b"torque" | b"density"
        | b"volume" | b"distance" | b"length" | b"height" | b"width" | b"radius" | b"diameter"
        | b"kinetic" | b"laser" | b"beam" | b"photon" | b"photons" | b"quantum" | b"particle"
        | b"particles" | b"spectrum" | b"sensor" | b"load" | b"stress" | b"strain" | b"motor"
        | b"engine" | b"battery" | b"capacitor" | b"inductor" | b"coil" | b"transformer"
        | b"tension" | b"spring" | b"pendulum" | b"orbit" | b"fluid" | b"flow" | b"viscosity"
        | b"cooled" | b"boils" | b"boiling" | b"melting" | b"freezing" | b"physics"
        | b"physical" | b"measured" | b"steel" | b"concrete" | b"pipe" | b"shaft" | b"rated"
        | b"tolerance" | b"magnet" | b"magnets" | b"tesla" | b"superconducting"
        | b"superconductor" | b"cryostat" | b"vacuum" | b"weighs" | b"weight" | b"thick"
        | b"wide" | b"tall" | b"long" | b"travels" | b"travelled" | b"traveled" | b"falls"
        | b"dropped" | b"charge" | b"charged" | b"ampere" | b"amps" | b"watts" | b"volts"
        | b"ohms" | b"joules" | b"newtons" | b"kelvin" | b"celsius" | b"fahrenheit" | b"field"
        | b"fields" | b"bandwidth" | b"antenna" | b"signal" | b"sampling" | b"insulation"
        | b"conductor" | b"wire" | b"cable" | b"mri" | b"scanner" | b"telescope"
        | b"wavelengths" | b"irradiated" | b"radiation" => PHYS,
        // mathematics
        b"compute" | b"computes" | b"computed" | b"calculate" | b"calculates" | b"calculated"
        | b"evaluate" | b"evaluates" | b"simplify" | b"solve" | b"sum" | b"difference"
        | b"quotient" | b"equals" | b"equation" | b"equations" | b"expression" | b"vector"
        | b"vectors" | b"matrix" | b"matrices" | b"norm" | b"dot" | b"cross" | b"scalar"
        | b"component" | b"components" | b"coordinate" | b"coordinates" | b"dimensional"
        | b"eigenvalue" | b"eigenvalues" | b"eigenvector" | b"complex" | b"imaginary"
        | b"roots" | b"root" | b"polynomial" | b"modulus" | b"conjugate" | b"algebra"
        | b"arithmetic" | b"math" | b"maths" | b"mathematics" | b"theorem" | b"proof"
        | b"integer" | b"integers" | b"multiply" | b"divide" | b"subtract" | b"plus" | b"minus"
        | b"times" | b"derivative" | b"integral" | b"array" | b"arrays" | b"tensor" | b"basis"
        | b"orthogonal" | b"linear" | b"embedding" | b"gradient" | b"displacement"
        | b"position" | b"point" | b"points" | b"axis" | b"unit" | b"sqrt" | b"squared"
        | b"cubed" | b"quadratic" | b"angle" | b"rotation" | b"numpy" | b"product" | b"entries"
        | b"magnitude" | b"argand" | b"phasor" | b"impedance" => MATH,
        // music
        b"music" | b"musical" | b"note" | b"notes" | b"pitch" | b"pitches" | b"octave"
        | b"octaves" | b"chord" | b"chords" | b"melody" | b"melodic" | b"harmony" | b"tune"
        | b"tuned" | b"tuning" | b"semitone" | b"semitones" | b"piano" | b"violin" | b"viola"
        | b"cello" | b"guitar" | b"bass" | b"flute" | b"clarinet" | b"trumpet" | b"horn"
        | b"oboe" | b"bassoon" | b"saxophone" | b"organ" | b"keyboard" | b"soprano" | b"alto"
        | b"tenor" | b"baritone" | b"singer" | b"singers" | b"sing" | b"sings" | b"sang"
        | b"sung" | b"vocal" | b"vocalist" | b"choir" | b"song" | b"songs" | b"composer"
        | b"symphony" | b"sonata" | b"concerto" | b"orchestra" | b"clef" | b"treble" | b"sharp"
        | b"flat" | b"midi" | b"fret" | b"played" | b"plays" | b"play" | b"playing" | b"scale"
        | b"scales" | b"arpeggio" | b"tonic" | b"cadence" | b"aria" | b"hum" | b"hummed"
        | b"whistle" | b"register" | b"fortissimo" | b"pianissimo" | b"staccato" | b"legato"
        | b"ukulele" | b"harp" | b"timpani" | b"cellist" | b"pianist" | b"violinist"
        | b"guitarist" | b"tuner" | b"drone" | b"strings" | b"lowest" | b"highest"
        | b"interval" | b"intervals" | b"glissando" | b"trill" | b"unison" | b"overtone"
        | b"overtones" | b"harmonic" | b"harmonics" => MUSIC,
        // biology
        b"dna" | b"rna" | b"mrna" | b"gene" | b"genes" | b"genetic" | b"genome" | b"genomic"
        | b"sequence" | b"sequences" | b"sequencing" | b"sequenced" | b"primer" | b"primers"
        | b"nucleotide" | b"nucleotides" | b"codon" | b"codons" | b"protein" | b"proteins"
        | b"amino" | b"cell" | b"cells" | b"cellular" | b"enzyme" | b"enzymes" | b"mutation"
        | b"mutations" | b"mutant" | b"allele" | b"alleles" | b"chromosome" | b"plasmid"
        | b"pcr" | b"promoter" | b"exon" | b"intron" | b"transcription" | b"strand" | b"helix"
        | b"bacteria" | b"bacterial" | b"virus" | b"viral" | b"organism" | b"species"
        | b"clone" | b"cloned" | b"cloning" | b"motif" | b"binding" | b"receptor"
        | b"receptors" | b"antibody" | b"antibodies" | b"patient" | b"patients" | b"tissue"
        | b"infection" | b"immune" | b"vaccine" | b"lymphocyte" | b"lymphocytes" | b"oligo"
        | b"oligonucleotide" | b"probe" | b"adapter" | b"barcode" | b"locus" | b"reads"
        | b"restriction" | b"ligase" | b"polymerase" | b"knockout" | b"crispr" | b"guide"
        | b"sgrna" | b"grna" | b"upstream" | b"downstream" | b"amplified" | b"amplify"
        | b"amplicon" | b"transfected" | b"tumor" | b"tumour" | b"genotype" | b"phenotype"
        | b"mouse" | b"mice" | b"yeast" | b"coli" | b"biology" | b"biological" | b"count"
        | b"counts" | b"inhibitor" | b"kinase" | b"microbiome" | b"metabolism" | b"metabolic" => {
            BIO
        }
        _ => 0,
    };
    if exact != 0 {
        return exact;
    }
    // a few stems cover inflections
    if w.starts_with(b"oxid") || w.starts_with(b"hydrox") || w.starts_with(b"sulf") {
        CHEM
    } else if w.starts_with(b"electr")
        || w.starts_with(b"thermo")
        || w.starts_with(b"accelerat")
        || w.starts_with(b"oscillat")
        || w.starts_with(b"resonan")
    {
        PHYS
    } else {
        0
    }
}

/// Labels whose following number is an identifier, not a value: `Fig. 3`, `pp. 113-127`,
/// `Table 2 C`, `version 3`, `No. 5`.
pub fn is_label(w: &[u8]) -> bool {
    matches!(
        w,
        b"fig"
            | b"figs"
            | b"figure"
            | b"figures"
            | b"table"
            | b"tables"
            | b"tab"
            | b"eq"
            | b"eqs"
            | b"section"
            | b"sections"
            | b"sec"
            | b"chapter"
            | b"chapters"
            | b"ch"
            | b"page"
            | b"pages"
            | b"p"
            | b"pp"
            | b"vol"
            | b"volume"
            | b"no"
            | b"nos"
            | b"nr"
            | b"issue"
            | b"ref"
            | b"refs"
            | b"line"
            | b"lines"
            | b"verse"
            | b"verses"
            | b"room"
            | b"version"
            | b"ver"
            | b"v"
            | b"rev"
            | b"release"
            | b"grade"
            | b"lane"
            | b"lanes"
            | b"panel"
            | b"panels"
            | b"step"
            | b"steps"
            | b"item"
            | b"items"
            | b"exercise"
            | b"problem"
            | b"question"
            | b"appendix"
            | b"box"
            | b"route"
            | b"highway"
            | b"interstate"
            | b"flight"
            | b"gate"
            | b"platform"
            | b"seat"
            | b"row"
            | b"rows"
            | b"column"
            | b"columns"
            | b"level"
            | b"model"
            | b"type"
            | b"class"
            | b"phase"
            | b"stage"
            | b"series"
            | b"part"
            | b"parts"
            | b"unit"
            | b"units"
            | b"apartment"
            | b"suite"
            | b"building"
            | b"channel"
            | b"session"
            | b"episode"
            | b"season"
            | b"week"
            | b"weeks"
            | b"day"
            | b"days"
            | b"year"
            | b"years"
            | b"id"
            | b"code"
            | b"patch"
            | b"build"
    )
}

/// Words before a letter-digit code that make it a name, not a pitch or a formula:
/// `vitamin B12`, `cell A4`, `Formula E2`.
pub fn names_code_before(w: &[u8]) -> bool {
    is_label(w)
        || matches!(
            w,
            b"vitamin"
                | b"vitamins"
                | b"cell"
                | b"cells"
                | b"grid"
                | b"square"
                | b"zone"
                | b"sector"
                | b"size"
                | b"sizes"
                | b"form"
                | b"paper"
                | b"format"
                | b"blood"
                | b"amazon"
                | b"formula"
                | b"sheet"
                | b"plant"
                | b"plants"
                | b"receptor"
        )
}

/// Nouns after a letter-digit code that make it a name: `A4 paper`, `F1 score`,
/// `E3 ligase`, `C4 plants`, `B2 bomber`, `F5 key`.
pub fn names_code_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"paper"
            | b"papers"
            | b"size"
            | b"sized"
            | b"sheet"
            | b"sheets"
            | b"format"
            | b"envelope"
            | b"envelopes"
            | b"score"
            | b"scores"
            | b"ligase"
            | b"ligases"
            | b"plant"
            | b"plants"
            | b"photosynthesis"
            | b"receptor"
            | b"receptors"
            | b"domain"
            | b"domains"
            | b"protein"
            | b"proteins"
            | b"bomber"
            | b"bombers"
            | b"jet"
            | b"jets"
            | b"engine"
            | b"engines"
            | b"car"
            | b"cars"
            | b"key"
            | b"keys"
            | b"cell"
            | b"cells"
            | b"column"
            | b"row"
            | b"chip"
            | b"chips"
            | b"processor"
            | b"team"
            | b"race"
            | b"races"
            | b"racing"
            | b"summit"
            | b"road"
            | b"motorway"
            | b"highway"
            | b"grade"
            | b"rating"
            | b"visa"
            | b"form"
            | b"forms"
            | b"model"
            | b"class"
            | b"standard"
            | b"connector"
            | b"cable"
            | b"deficiency"
            | b"supplement"
            | b"supplements"
            | b"levels"
            | b"injection"
            | b"injections"
            | b"sauce"
            | b"drive"
            | b"lymphocytes"
            | b"count"
            | b"mutation"
            | b"gene"
            | b"inhibitor"
            | b"pathway"
            | b"cluster"
            | b"hybrids"
            | b"generation"
            | b"offspring"
            | b"bus"
            | b"bucket"
            | b"buckets"
            | b"mask"
            | b"masks"
            | b"rocket"
            | b"rockets"
            | b"tank"
            | b"tanks"
            | b"printer"
            | b"printers"
            | b"folder"
            | b"binder"
    )
}

/// Words after which a time-of-day follows: `at 5 pm`.
pub fn time_preposition(w: &[u8]) -> bool {
    matches!(
        w,
        b"at"
            | b"by"
            | b"until"
            | b"till"
            | b"before"
            | b"after"
            | b"from"
            | b"to"
            | b"around"
            | b"about"
            | b"since"
            | b"past"
    )
}

/// Nouns after `4K`/`8K` etc. that make it a resolution, not kelvins.
pub fn names_resolution_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"display"
            | b"displays"
            | b"video"
            | b"videos"
            | b"resolution"
            | b"monitor"
            | b"monitors"
            | b"tv"
            | b"tvs"
            | b"screen"
            | b"screens"
            | b"camera"
            | b"cameras"
            | b"stream"
            | b"streaming"
            | b"footage"
            | b"users"
            | b"followers"
            | b"views"
            | b"downloads"
            | b"network"
            | b"networks"
            | b"phone"
            | b"phones"
    )
}

/// Words that name an element as a substance after a lone symbol: `He gas`, `C atoms`.
pub fn names_element_after(w: &[u8]) -> bool {
    matches!(
        w,
        b"atom"
            | b"atoms"
            | b"ion"
            | b"ions"
            | b"gas"
            | b"isotope"
            | b"isotopes"
            | b"nucleus"
            | b"nuclei"
            | b"radical"
            | b"radicals"
            | b"level"
            | b"levels"
            | b"poisoning"
            | b"emissions"
            | b"concentration"
            | b"concentrations"
            | b"content"
            | b"dopant"
            | b"doping"
            | b"electrode"
            | b"electrodes"
            | b"plating"
            | b"wire"
            | b"foil"
            | b"powder"
            | b"metal"
            | b"alloy"
            | b"ore"
            | b"oxide"
    )
}

/// Math cue right before a bracketed list or an unspaced difference: `v = [1, 2]`,
/// `the vector [1, 2]`, `compute 12-7`.
pub fn math_lead_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"vector"
            | b"vectors"
            | b"point"
            | b"points"
            | b"of"
            | b"and"
            | b"is"
            | b"are"
            | b"be"
            | b"from"
            | b"to"
            | b"by"
            | b"with"
            | b"compute"
            | b"calculate"
            | b"evaluate"
            | b"simplify"
            | b"array"
            | b"coordinates"
            | b"position"
            | b"direction"
            | b"velocity"
            | b"gives"
            | b"returns"
            | b"yields"
            | b"equals"
            | b"becomes"
            | b"at"
            | b"onto"
            | b"minus"
            | b"plus"
    )
}

/// Words before a two-number bracket that make it an interval: `on [0, 1]`, `in [-1, 1]`.
pub fn interval_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"interval" | b"intervals" | b"range" | b"in" | b"on" | b"over" | b"within" | b"domain"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs() {
        let n = Need::any(CHEM);
        assert!(n.satisfied(CHEM | BIO));
        assert!(!n.satisfied(BIO));
        let v = Need {
            any: 0,
            veto: BIO,
            unless: CHEM,
        };
        assert!(v.satisfied(0));
        assert!(!v.satisfied(BIO));
        assert!(v.satisfied(BIO | CHEM));
        assert_eq!(cue_of(b"octave"), MUSIC);
        assert_eq!(cue_of(b"oxidizing"), CHEM);
        assert!(is_label(b"pp"));
        assert!(names_code_after(b"paper"));
    }
}
