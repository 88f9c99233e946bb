"""A small multilingual lexicon of news vocabulary, so an English claim can meet a Russian or Turkish page.

Names and numbers cross languages by transliteration; common nouns do not (grain ≠ зерно ≠ tahıl).
Each line below is one concept with its words in English, Russian, Turkish, German, French and
Spanish. A word is compared by its snowball stem; a word ending in ``*`` is a prefix (for stems
the stemmer splits unevenly, e.g. поставки/поставок). Several words separated by spaces form a
phrase. A concept marked ``!`` is generic (president, government, percent): it counts, but less.
The table is data for :mod:`citecheck.verify.textmatch`, which builds the look-up tables.
"""

from __future__ import annotations

LEXICON_TABLE = """
usa: en=united states, us, u.s., usa, america, american, washington; ru=сша, соединенные штаты, америк*, американ*, вашингтон*; tr=abd, amerika birleşik devletleri, amerika*, amerikan*, vaşington; de=vereinigte staaten, usa, amerika*, amerikanisch*; fr=états-unis, etats-unis, amérique, américain*; es=estados unidos, eeuu, ee uu, estadounidense*, norteamerican*
russia: en=russia, russian, russians, moscow, kremlin; ru=росси*, российск*, москв*, кремл*, рф; tr=rusya, rus, moskova, kremlin; de=russland, russisch*, moskau, kreml; fr=russie, russe*, moscou, kremlin; es=rusia, ruso*, rusa*, moscú, kremlin
armenia: en=armenia, armenian, armenians, yerevan; ru=армени*, армян*, ереван*; tr=ermenistan, ermeni*, erivan; de=armenien, armenisch*, eriwan; fr=arménie, arménien*, erevan; es=armenia, armenio*, ereván
azerbaijan: en=azerbaijan, azerbaijani, azeri, baku; ru=азербайджан*, баку; tr=azerbaycan, azeri, bakü; de=aserbaidschan*, baku; fr=azerbaïdjan*, bakou; es=azerbaiyán, azerbaiyano*, bakú
georgia: en=georgia, georgian, tbilisi; ru=грузи*, грузин*, тбилиси; tr=gürcistan, gürcü, tiflis; de=georgien, georgisch*, tiflis; fr=géorgie, géorgien*, tbilissi; es=georgia, georgiano*, tiflis
turkey: en=turkey, türkiye, turkish, ankara; ru=турци*, турецк*, анкар*; tr=türkiye, türk, ankara; de=türkei, türkisch*, ankara; fr=turquie, turc*, turque*, ankara; es=turquía, turco*, turca*, ankara
ukraine: en=ukraine, ukrainian, kyiv, kiev; ru=украин*, киев*; tr=ukrayna, kiev; de=ukraine, ukrainisch*, kiew; fr=ukraine, ukrainien*, kiev; es=ucrania, ucraniano*, kiev
kazakhstan: en=kazakhstan, kazakh, astana; ru=казахстан*, астан*; tr=kazakistan, kazak, astana; de=kasachstan, kasachisch*; fr=kazakhstan, kazakh*; es=kazajistán, kazajo*
china: en=china, chinese, beijing; ru=кита*, пекин*; tr=çin, pekin; de=china, chinesisch*, peking; fr=chine, chinois*, pékin; es=china, chino*, pekín
iran: en=iran, iranian, tehran; ru=иран*, тегеран*; tr=iran, tahran; de=iran, iranisch*, teheran; fr=iran, iranien*, téhéran; es=irán, iraní*, teherán
iraq: en=iraq, iraqi, baghdad; ru=ирак*, багдад*; tr=irak, bağdat; de=irak, irakisch*, bagdad; fr=irak, irakien*, bagdad; es=irak, iraquí*, bagdad
syria: en=syria, syrian, damascus; ru=сири*, дамаск*; tr=suriye, şam; de=syrien, syrisch*, damaskus; fr=syrie, syrien*, damas; es=siria, sirio*, damasco
moldova: en=moldova, moldovan, chisinau, chișinău; ru=молдави*, молдов*, кишинев*, кишинёв*; tr=moldova, kişinev; de=moldau, moldawien, moldauisch*, chisinau; fr=moldavie, moldave*, chisinau; es=moldavia, moldavo*, chisináu
transnistria: en=transnistria, transdniester, transnistrian, tiraspol; ru=приднестров*, пмр, тирасполь*; tr=transdinyester; de=transnistrien; fr=transnistrie; es=transnistria
germany: en=germany, german, berlin; ru=германи*, немецк*, берлин*, фрг; tr=almanya, alman, berlin; de=deutschland, deutsch*, bundesrepublik, berlin; fr=allemagne, allemand*, berlin; es=alemania, alemán*, berlín
france: en=france, french, paris; ru=франци*, французск*, париж*; tr=fransa, fransız, paris; de=frankreich, französisch*, paris; fr=france, français*, paris; es=francia, francés*, parís
europe: en=europe, european; ru=европ*, европейск*; tr=avrupa; de=europa, europäisch*; fr=europe, européen*; es=europa, europeo*
eu: en=european union, eu, brussels; ru=евросоюз*, европейский союз, ес, брюссел*; tr=avrupa birliği, ab, brüksel; de=europäische union, eu, brüssel; fr=union européenne, ue, bruxelles; es=unión europea, ue, bruselas
central-asia: en=central asia, central asian; ru=центральная азия, центральной азии, центральную азию, центральноазиатск*; tr=orta asya; de=zentralasien*; fr=asie centrale; es=asia central
caucasus: en=caucasus, south caucasus; ru=кавказ*, закавказ*; tr=kafkasya, kafkas*; de=kaukasus; fr=caucase; es=cáucaso
black-sea: en=black sea; ru=черное море, черном море, черного моря, черному морю, черноморск*; tr=karadeniz; de=schwarzes meer, schwarzen meer; fr=mer noire; es=mar negro
caspian: en=caspian; ru=каспи*; tr=hazar; de=kaspisch*; fr=caspienne; es=caspio
gulf: en=gulf, persian gulf; ru=персидский залив, персидского залива, персидским заливом, залив*; tr=körfez*, basra körfezi; de=golf*, persischer golf; fr=golfe; es=golfo
nato: en=nato; ru=нато; tr=nato; de=nato; fr=otan; es=otan
csto: en=csto, collective security treaty organization, collective security treaty organisation; ru=одкб, организация договора о коллективной безопасности, организации договора о коллективной безопасности; tr=kgaö, kolektif güvenlik antlaşması örgütü; de=ovks; fr=otsc; es=otsc
eaeu: en=eaeu, eurasian economic union, eeu; ru=еаэс, евразийский экономический союз, евразийского экономического союза; tr=avrasya ekonomik birliği, aeb; de=eawu, eurasische wirtschaftsunion; fr=uee, union économique eurasiatique; es=uee, unión económica euroasiática
un: en=united nations, un; ru=оон; tr=birleşmiş milletler, bm; de=vereinte nationen, uno; fr=onu, nations unies; es=onu, naciones unidas
osce: en=osce; ru=обсе; tr=agit; de=osze; fr=osce; es=osce
white-house: en=white house; ru=белый дом, белом доме, белого дома; tr=beyaz saray; de=weißes haus, weißen haus; fr=maison blanche; es=casa blanca
foreign-ministry: en=foreign ministry, ministry of foreign affairs, foreign office, state department; ru=мид, министерство иностранных дел, министерства иностранных дел; tr=dışişleri bakanlığı, dışişleri; de=auswärtiges amt, außenministerium; fr=ministère des affaires étrangères, quai d'orsay; es=ministerio de asuntos exteriores, cancillería
defence-ministry: en=defence ministry, defense ministry, ministry of defence, ministry of defense, pentagon; ru=минобороны, министерство обороны, министерства обороны; tr=milli savunma bakanlığı, savunma bakanlığı; de=verteidigungsministerium; fr=ministère de la défense, ministère des armées; es=ministerio de defensa
intelligence: en=intelligence, intelligence service, foreign intelligence service; ru=разведк*, свр, служба внешней разведки, службы внешней разведки; tr=istihbarat, mit; de=geheimdienst*, nachrichtendienst*; fr=renseignement*; es=inteligencia, servicio de inteligencia
prosecutor: en=prosecutor, prosecutors, prosecutor general, prosecutor general's office, prosecution; ru=прокурор*, генпрокуратур*, прокуратур*; tr=savcı*, başsavcılık; de=staatsanwalt*, generalstaatsanwalt*; fr=procureur*, parquet; es=fiscal*, fiscalía
president!: en=president, presidential, presidency; ru=президент*; tr=cumhurbaşkanı, cumhurbaşkanlığı, başkan; de=präsident*, staatschef*; fr=président*, présidence; es=presidente*, presidencia
prime-minister!: en=prime minister, premier, pm; ru=премьер*, премьер-министр*, глава правительства; tr=başbakan*; de=ministerpräsident*, premierminister*, regierungschef*; fr=premier ministre, premier ministre; es=primer ministro, presidente del gobierno
deputy-pm!: en=deputy prime minister, vice premier, deputy pm; ru=вице-премьер*, заместитель председателя правительства; tr=başbakan yardımcısı, cumhurbaşkanı yardımcısı; de=vizeregierungschef*, stellvertretender ministerpräsident; fr=vice-premier ministre; es=viceprimer ministro, vicepresidente del gobierno
minister!: en=minister, ministry, ministerial; ru=министр*, министерств*, ведомств*; tr=bakan, bakanı, bakanlığı, bakanlık*; de=minister*, ministerium; fr=ministre, ministère; es=ministro*, ministerio
spokesperson!: en=spokesman, spokeswoman, spokesperson, press secretary, spokesmen; ru=пресс-секретар*, официальный представитель, официального представителя, представитель*; tr=sözcü*; de=sprecher*, regierungssprecher*; fr=porte-parole; es=portavoz
ambassador: en=ambassador, envoy, embassy; ru=посол, посла, послом, посольств*; tr=büyükelçi*; de=botschafter*, botschaft; fr=ambassadeur*, ambassade; es=embajador*, embajada
diplomat!: en=diplomat, diplomatic, diplomacy; ru=дипломат*; tr=diplomat*; de=diplomat*; fr=diplomat*; es=diplomátic*
government!: en=government, cabinet, authorities, administration; ru=правительств*, власт*, кабмин*; tr=hükümet*, yönetim*; de=regierung*, bundesregierung*, behörde*; fr=gouvernement*, autorités; es=gobierno*, autoridades
parliament: en=parliament, parliamentary, lawmakers, legislature; ru=парламент*, госдум*, депутат*; tr=meclis*, parlamento*, milletvekil*; de=parlament*, bundestag, abgeordnete*; fr=parlement*, députés, assemblée; es=parlamento*, diputados, congreso
election: en=election, elections, elected, vote, voting, ballot, electoral; ru=выбор*, избран*, голосован*, избирательн*; tr=seçim*, seçil*, oylama*; de=wahl, wahlen, gewählt, abstimmung*; fr=élection*, élu, élue, scrutin*, vote; es=elecciones, elección, elegido*, votación*
protest: en=protest, protests, protesters, demonstration, demonstrations, demonstrators, rally, rallies; ru=протест*, митинг*, демонстрант*, акци*; tr=protesto*, gösteri*, eylem*; de=protest*, demonstration*, demonstrant*, kundgebung*; fr=manifest*, protest*, rassemblé*; es=protesta*, manifestación*, manifestante*
revolution: en=revolution; ru=революци*; tr=devrim*; de=revolution*; fr=révolution*; es=revolución*
agreement: en=agreement, deal, accord, memorandum, memorandum of understanding, treaty, pact; ru=соглашени*, договор*, меморандум*, договоренност*; tr=anlaşma*, mutabakat*, antlaşma*, zapt*; de=abkommen*, vereinbarung*, vertrag*, memorandum*; fr=accord*, traité*, mémorandum*; es=acuerdo*, tratado*, memorando*, memorándum*
sign!: en=sign, signed, signing, initialled, initialed, initial; ru=подпис*, парафир*; tr=imza*, parafe*; de=unterzeichn*, paraphiert*; fr=sign*, paraph*; es=firm*, rubric*
peace: en=peace, peaceful; ru=мир, мира, миру, мирн*; tr=barış*; de=frieden*; fr=paix; es=paz
war: en=war, warfare, wars, conflict; ru=войн*, конфликт*; tr=savaş*, çatışma*; de=krieg*, konflikt*; fr=guerre*, conflit*; es=guerra*, conflicto*
hybrid: en=hybrid; ru=гибридн*; tr=hibrit; de=hybrid*; fr=hybride*; es=híbrid*
ceasefire: en=ceasefire, truce, armistice; ru=перемири*, прекращение огня; tr=ateşkes*; de=waffenstillstand*, waffenruhe; fr=cessez-le-feu, trêve; es=alto el fuego, tregua
sanctions: en=sanction, sanctions; ru=санкци*; tr=yaptırım*; de=sanktion*; fr=sanction*; es=sancion*
blackmail: en=blackmail, blackmailing; ru=шантаж*; tr=şantaj*; de=erpress*; fr=chantage; es=chantaje
interfere: en=interfere, interference, meddling, intervene; ru=вмешива*, вмешательств*; tr=müdahale*; de=einmisch*; fr=ingérence*; es=injerencia*
ally: en=ally, allies, alliance, allied; ru=союзник*, союз; tr=müttefik*, ittifak*; de=verbündet*, bündnis*; fr=allié*, alliance*; es=aliado*, alianza*
sovereignty: en=sovereignty, sovereign; ru=суверенитет*, суверенн*; tr=egemenlik*; de=souveränität*; fr=souveraineté*; es=soberanía*
independence: en=independence, independent; ru=независим*; tr=bağımsızlık*; de=unabhängigkeit*; fr=indépendance*; es=independencia*
constitution: en=constitution, constitutional; ru=конституци*; tr=anayasa*; de=verfassung*; fr=constitution*; es=constitución*
citizen: en=citizen, citizens, citizenship; ru=гражданин*, гражданств*, граждан*; tr=vatandaş*; de=staatsbürger*, bürger*; fr=citoyen*; es=ciudadan*
extradite: en=extradite, extradition, extradited, hand over; ru=экстрадиц*, выдач*, выдать, выдаст, выдавать; tr=iade*; de=ausliefer*; fr=extrad*; es=extradi*
wanted: en=wanted, manhunt; ru=розыск*; tr=aranan, aranıyor; de=gesucht*, fahndung*; fr=recherché*; es=buscado*
murder: en=murder, killing, homicide; ru=убийств*; tr=cinayet*; de=mord*; fr=meurtre*, assassinat*; es=asesinato*, homicidio*
fraud: en=fraud, swindle, embezzlement; ru=мошенничеств*, хищени*; tr=dolandırıcılık*; de=betrug*; fr=fraude*, escroquerie*; es=fraude*, estafa*
crime-group: en=criminal group, organized criminal group, organised criminal group, criminal community, organized crime; ru=опг, преступного сообщества, преступное сообщество, преступной группы, преступная группа; tr=suç örgütü; de=kriminelle vereinigung; fr=groupe criminel, association de malfaiteurs; es=grupo criminal, organización criminal
businessman: en=businessman, entrepreneur, tycoon, businessmen; ru=бизнесмен*, предпринимател*; tr=iş insanı, işadamı; de=geschäftsmann*, unternehmer*; fr=homme d'affaires, entrepreneur*; es=empresario*
court: en=court, judge, trial; ru=суд, суда, суде, судом, судь*; tr=mahkeme*, hakim*; de=gericht*, richter*; fr=tribunal*, cour, juge*; es=tribunal*, juez*
border: en=border, frontier, crossing, checkpoint; ru=границ*, погранич*, пограничн*, погран*; tr=sınır*; de=grenz*; fr=frontière*; es=frontera*
border-guard: en=border guards, border guard, border service; ru=пограничник*, погранслужб*; tr=sınır muhafız*; de=grenzschutz*, grenzbeamte*; fr=gardes-frontières, garde-frontière; es=guardias fronterizos
airport: en=airport; ru=аэропорт*; tr=havaliman*; de=flughafen*; fr=aéroport*; es=aeropuerto*
army: en=army, military, troops, armed forces, soldiers; ru=арми*, военн*, войск*, всу; tr=ordu*, asker*, tsk; de=armee*, militär*, truppen, streitkräfte; fr=armée*, militaire*, troupes; es=ejército*, militar*, tropas
navy: en=navy, fleet, naval, warship, warships; ru=флот*, корабл*; tr=donanma*, deniz kuvvetleri; de=marine, flotte*; fr=marine, flotte*; es=armada, flota*
drone: en=drone, drones, uncrewed, unmanned, uav, uavs; ru=беспилот*, безэкипажн*, дрон*, бпла; tr=insansız, iha, siha; de=drohne*, unbemannt*; fr=drone*; es=dron*
boat: en=boat, boats, vessel, vessels, ship, ships, shipowners, shipping; ru=катер*, судн*, судов, корабл*; tr=gemi*, tekne*; de=schiff*, boot*, reeder*; fr=navire*, bateau*, armateur*; es=buque*, barco*, naviera*
mine: en=mine, mines, demining, minesweeping; ru=мин, мины, минн*, разминир*; tr=mayın*; de=mine, minen; fr=mine, mines, déminage; es=mina, minas
destroy!: en=destroy, destroyed, destruction, strike, struck; ru=уничтож*, пораж*, удар*; tr=imha*, vur*; de=zerstör*; fr=détrui*; es=destru*
attack: en=attack, attacks, assault; ru=атак*, нападени*; tr=saldırı*; de=angriff*; fr=attaque*; es=ataque*
insurance: en=insurance, insurer, insurers, premium, premiums; ru=страхов*; tr=sigorta*; de=versicher*; fr=assur*, prime*; es=seguro*, prima*
risk: en=risk, risks, hazard, threat; ru=риск*, угроз*; tr=risk*, tehdit*; de=risiko*, gefahr*; fr=risque*, menace*; es=riesgo*, amenaza*
gas: en=gas, natural gas; ru=газ, газа, газу, газом, природный газ; tr=gaz, doğal gaz, doğalgaz; de=gas, erdgas; fr=gaz, gaz naturel; es=gas, gas natural
lng: en=lng, liquefied natural gas; ru=спг, сжиженный природный газ, сжиженного природного газа; tr=lng, sıvılaştırılmış doğal gaz; de=lng, flüssiggas; fr=gnl, gaz naturel liquéfié; es=gnl, gas natural licuado
oil: en=oil, crude, petroleum; ru=нефт*; tr=petrol*; de=öl, erdöl, rohöl; fr=pétrole*; es=petróleo*
pipeline: en=pipeline, pipelines; ru=газопровод*, нефтепровод*, трубопровод*, нитк*; tr=boru hattı, boru hattının, boru hattını; de=pipeline*, leitung*, röhre*; fr=gazoduc*, oléoduc*, pipeline*; es=gasoducto*, oleoducto*
energy: en=energy, power, electricity, heating; ru=энерг*, электроэнерг*, электричеств*, отоплени*; tr=enerji*, elektrik*, ısınma; de=energie*, strom*, heizung*; fr=énergi*, électricité, chauffage; es=energía*, electricidad, calefacción
storage: en=storage, stocks, reserves; ru=хранилищ*, запас*; tr=depolama*, depo*, rezerv*; de=speicher*, gasspeicher*, füllstand*; fr=stock*, réserve*; es=almacenamiento*, reservas
supply: en=supply, supplies, delivery, deliveries, deliver, delivered, shipment, shipments, supplier, suppliers; ru=постав*, поставщик*, отгрузк*; tr=tedarik*, sevkiyat*, teslimat*, sağla*; de=liefer*, versorg*; fr=livraison*, approvisionn*, fournisseur*; es=suministro*, entrega*, proveedor*
transit: en=transit; ru=транзит*; tr=transit*; de=transit*; fr=transit*; es=tránsito*
halt!: en=halt, halted, stop, stopped, cutoff, cut off, suspend, suspended; ru=прекрат*, прекращ*, останов*, приостанов*; tr=durdur*, kes*; de=stopp*, einstell*; fr=arrêt*, suspend*, coup*; es=suspend*, cort*, deten*
resume!: en=resume, resumption, restart, restarting; ru=возобнов*; tr=yeniden başla*; de=wiederaufnahme*, neustart*, wiederinbetriebnahme*; fr=reprise*, reprendre; es=reanud*
export: en=export, exports, exporting, exported, exporter; ru=экспорт*, вывоз*; tr=ihracat*, ihraç*; de=export*, ausfuhr*; fr=export*; es=export*
import: en=import, imports, importing, imported, purchases, buy, buying; ru=импорт*, ввоз*, закуп*, покуп*; tr=ithalat*, ithal*, satın; de=import*, einfuhr*, kauf*; fr=import*, achat*; es=import*, compra*
trade: en=trade, commerce, trading; ru=торгов*, товарооборот*; tr=ticaret*; de=handel*; fr=commerce*, échange*; es=comercio*
goods: en=goods, products, cargo, freight, commodities; ru=товар*, продукци*, груз*, продовольстви*; tr=mal, mallar*, ürün*, yük*, kargo*; de=güter*, waren*, fracht*; fr=marchandise*, produit*, fret; es=mercancía*, producto*, carga*
grain: en=grain, grains, wheat, cereals; ru=зерн*, пшениц*; tr=tahıl*, buğday*; de=getreide*, weizen*; fr=céréal*, blé, grain*; es=cereal*, trigo*, grano*
railway: en=railway, railways, railroad, rail, train, trains; ru=железн* дорог*, железнодорожн*, жд, поезд*, ж/д; tr=demiryolu*, demir yolu, tren*; de=eisenbahn*, bahn, zug, züge, schiene*; fr=ferroviaire*, chemin de fer, train*; es=ferrocarril*, ferroviari*, tren*
road: en=road, highway, motorway; ru=дорог*, шоссе, трасс*, автодорог*; tr=yol, yolu, karayolu*, otoyol*; de=straße*, autobahn*; fr=route*, autoroute*; es=carretera*, autopista*, camino*
route: en=route, corridor, path, way; ru=маршрут*, коридор*, путь, пути; tr=güzergah*, koridor*; de=route*, korridor*; fr=route*, corridor*, itinéraire*; es=ruta*, corredor*
port: en=port, seaport, harbour, harbor; ru=порт, порта, порту, портов, морпорт*; tr=liman*; de=hafen*; fr=port, ports; es=puerto*
container: en=container, containers, teu; ru=контейнер*; tr=konteyner*; de=container*; fr=conteneur*; es=contenedor*
hub: en=hub, terminal, logistics centre, logistics center; ru=хаб*, терминал*, логистическ* центр*; tr=merkez*, üs*, terminal*; de=drehkreuz*, terminal*; fr=plateforme*, terminal*; es=centro logístico, terminal*
joint-venture: en=joint venture, jv, joint company; ru=совместное предприятие, совместная компания, сп; tr=ortak girişim, ortak şirket; de=gemeinschaftsunternehmen*, joint venture; fr=coentreprise*, joint-venture; es=empresa conjunta
tariff: en=tariff, tariffs, rate, rates; ru=тариф*; tr=tarife*; de=tarif*; fr=tarif*; es=tarifa*
capacity: en=capacity, throughput; ru=мощност*, пропускн*; tr=kapasite*; de=kapazität*; fr=capacité*; es=capacidad*
double!: en=double, doubled, doubling, two-fold, twice; ru=вдво*, удво*; tr=iki katına, ikiye katla*; de=verdoppel*; fr=doubl*; es=duplic*
increase!: en=increase, increased, grow, grew, growth, rise, rose, risen, up, climbed, soared, expand, expansion, higher; ru=рост*, вырос*, увелич*, расшир*, повыш*; tr=artış*, art*, yüksel*, genişle*; de=anstieg*, gestiegen, wachstum*, erhöh*, ausbau*; fr=hausse*, augment*, croissance*, envol*, élarg*; es=aumento*, crec*, subida*, ampliación*
decrease!: en=fall, fell, fallen, drop, dropped, decline, declined, lower, lowest; ru=сниж*, сократ*, паден*, упа*; tr=düş*, azal*; de=gesunken, gefallen, rückgang*, niedrigst*; fr=baisse*, chute*, recul*; es=caída*, descenso*, baja*
investment: en=investment, investments, investor, investors, invest, investing, financing, funds, funding; ru=инвестиц*, инвестор*, финансир*, средств*; tr=yatırım*, finansman*, fon*; de=investition*, investor*, finanzierung*, mittel; fr=investissement*, investisseur*, financement*, fonds; es=inversión*, inversor*, financiación*, fondos
grant: en=grant, aid, assistance, help; ru=грант*, помощ*, содейств*; tr=hibe*, yardım*; de=zuschuss*, hilfe*, unterstützung*; fr=subvention*, aide*; es=subvención*, ayuda*
debt: en=debt, debts, arrears, unpaid; ru=долг*, задолженност*; tr=borç*; de=schuld*; fr=dette*; es=deuda*
lease: en=lease, leasing, rent, rental; ru=аренд*; tr=kira*; de=pacht*, miete*; fr=bail, location*; es=arrend*, alquiler*
investment-package!: en=package, programme, program, plan, roadmap; ru=пакет*, программ*, план*, дорожн* карт*; tr=paket*, program*, plan*, yol haritası; de=paket*, programm*, plan*, fahrplan*; fr=paquet*, programme*, plan*, feuille de route; es=paquete*, programa*, plan*, hoja de ruta
construction!: en=construction, build, building, built, constructed, develop, development; ru=строительств*, построй*, строит*, возвед*, развити*; tr=inşa*, yapım*, kalkınma*; de=bau, baut, bauen, gebaut, errichtung*, entwicklung*; fr=construction*, construire*, développement*; es=construcción*, construir*, desarrollo*
open!: en=open, opened, opening, launch, launched, inaugurated, inauguration; ru=откры*, запуст*, запуск*; tr=açıl*, açılış*, başlat*, hizmete gir*; de=eröffn*, geöffnet, gestartet, inbetriebnahme*; fr=ouvert*, ouvr*, inaugur*, lanc*; es=abiert*, abrió, inaugur*, lanz*
complete!: en=complete, completed, completion, finish, finished; ru=заверш*, оконч*; tr=tamamla*; de=fertigstell*, abschluss*, abgeschlossen; fr=achève*, achèvement*, terminé*; es=complet*, termin*
phase!: en=phase, stage, first phase; ru=этап*, очеред*, фаз*; tr=etap*, aşama*; de=phase*, abschnitt*, etappe*; fr=phase*, étape*; es=fase*, etapa*
summit!: en=summit, meeting, talks, visit, negotiations, negotiate, negotiated, discuss, discussed, discussing, dialogue; ru=саммит*, встреч*, переговор*, визит*, обсужда*, обсуд*, диалог*; tr=zirve*, görüşme*, ziyaret*, müzakere*, ele al*; de=gipfel*, treffen*, gespräch*, besuch*, verhandl*, beitrittsverhandl*; fr=sommet*, rencontre*, visite*, négociation*, pourparler*, discut*; es=cumbre*, reunión*, visita*, negociación*, conversaciones
membership: en=membership, member, accession, join, joining; ru=членств*, член*, вступлени*, вступ*; tr=üyelik*, üye*, katılım*; de=mitgliedschaft*, mitglied*, beitritt*; fr=adhésion*, membre*; es=adhesión*, miembro*, ingreso*
freeze: en=freeze, frozen, froze; ru=замороз*, замораж*; tr=dondur*; de=einfrier*, eingefroren; fr=gel*; es=congel*
withdraw: en=withdraw, withdrawal, leave, left, exit, pull out; ru=выход*, вышл*, выйт*, выве*, покин*; tr=çekil*, ayrıl*; de=austritt*, abzug*, verlass*; fr=retrait*, quitt*; es=retir*, salida*, abandon*
budget: en=budget, contribution, contributions, dues, fee, fees; ru=бюджет*, взнос*; tr=bütçe*, aidat*, katkı*; de=haushalt*, beitrag*, beiträge*; fr=budget*, contribution*, cotisation*; es=presupuesto*, contribución*, cuota*
responsibility: en=responsibility, responsible, blame, blamed, blaming; ru=ответственност*, вин*; tr=sorumlu*; de=verantwort*, schuld*; fr=responsab*; es=responsab*
refuse!: en=refuse, refused, refusal, reject, rejected, decline, declined, deny, denied, dismissed, not; ru=отказ*, отверг*, отклон*; tr=reddet*, ret, red; de=ablehn*, weiger*, verweiger*; fr=refus*, rejet*; es=rechaz*, negativa*, neg*
support!: en=support, supports, welcome, welcomed, backed, backing, praise; ru=поддерж*, приветств*; tr=destek*, memnuniyet*; de=unterstütz*, begrüß*; fr=soutien*, salu*; es=apoy*, acog*
warn!: en=warn, warned, warning, caution, concern, concerned; ru=предостер*, предупрежд*, обеспокоен*, озабоченност*; tr=uyar*, endişe*; de=warn*, besorg*; fr=avert*, inquiét*; es=advert*, preocup*
accuse: en=accuse, accused, accusation, accusations, allegation, allegations, charge, charges, charged; ru=обвин*; tr=suçla*, iddia*; de=vorwurf*, vorwürfe, beschuldig*, anklage*; fr=accus*; es=acus*
stability!: en=stability, stable, stabilise, stabilize, security, secure; ru=стабильност*, безопасност*; tr=istikrar*, güvenlik*; de=stabilität*, sicherheit*; fr=stabilité*, sécurité*; es=estabilidad*, seguridad*
normalisation: en=normalisation, normalization, normalise, normalize, normalising, normalizing, rapprochement; ru=нормализац*; tr=normalleş*; de=normalisier*; fr=normalis*; es=normaliz*
emergency: en=emergency, state of emergency; ru=чрезвычайн*, чп, режим чрезвычайного положения; tr=olağanüstü hal, acil durum; de=notstand*, notfall*; fr=état d'urgence, urgence; es=estado de emergencia, emergencia*
flood: en=flood, floods, flooding; ru=паводк*, наводнени*, половод*; tr=sel*, taşkın*; de=hochwasser*, überschwemm*; fr=inondation*, crue*; es=inundacion*, crecida*
water: en=water, river, rivers; ru=вод*, рек*; tr=su, nehir*; de=wasser*, fluss*; fr=eau*, rivière*, fleuve*; es=agua*, río*
winter: en=winter; ru=зим*; tr=kış*; de=winter*; fr=hiver*; es=invierno*
raw-materials: en=raw materials, critical raw materials, minerals, rare earths, metals; ru=сырь*, редкоземельн*, минерал*, металл*; tr=hammadde*, nadir toprak, maden*; de=rohstoff*, seltene erden, mineral*; fr=matières premières, terres rares, minerai*, métaux; es=materias primas, tierras raras, mineral*
dependence: en=dependence, dependent, dependency, rely, reliance; ru=зависим*; tr=bağımlılık*, bağımlı*; de=abhängig*; fr=dépendance*, dépend*; es=dependencia*, depend*
alternative: en=alternative, alternatives; ru=альтернатив*; tr=alternatif*; de=alternativ*; fr=alternative*; es=alternativa*
footballer: en=footballer, football player, football; ru=футбол*; tr=futbol*; de=fußball*; fr=footballeur*, football; es=futbol*
results!: en=result, results, outcome; ru=результат*, итог*; tr=sonuç*; de=ergebnis*; fr=résultat*; es=resultado*
opposition: en=opposition; ru=оппозиц*; tr=muhalefet*; de=opposition*; fr=opposition*; es=oposición*
ruling-party: en=ruling party, ruling; ru=правящ*; tr=iktidar*; de=regierungspartei*; fr=parti au pouvoir, au pouvoir; es=partido gobernante, oficialista
news!: en=news; ru=новост*; tr=haber*; de=nachricht*; fr=nouvelle*, actualité*, info*; es=noticia*
week!: en=week, weekly; ru=недел*, еженедельн*; tr=hafta*; de=woche*, wöchentlich*; fr=semaine*, hebdomadaire*; es=semana*, semanal*
year!: en=year, years, annual, annually, yearly; ru=год, года, году, лет, годовой, ежегодн*; tr=yıl*, yıllık; de=jahr*, jährlich*; fr=an, ans, année*, annuel*; es=año*, anual*
percent!: en=percent, per cent, %; ru=процент*; tr=yüzde; de=prozent*; fr=pour cent, %; es=por ciento, %
million!: en=million, millions, mln, m; ru=млн, миллион*; tr=milyon*; de=million*, mio; fr=million*; es=millón*, millones
billion!: en=billion, billions, bn, b; ru=млрд, миллиард*; tr=milyar*; de=milliard*, mrd; fr=milliard*, mds; es=mil millones
tonnes!: en=tonne, tonnes, ton, tons; ru=тонн*, т; tr=ton*; de=tonne*; fr=tonne*; es=tonelada*
kilometre!: en=kilometre, kilometres, kilometer, kilometers, km; ru=километр*, км; tr=kilometre*, km; de=kilometer*, km; fr=kilomètre*, km; es=kilómetro*, km
cubic-metres!: en=cubic metres, cubic meters, bcm, cubic metre; ru=кубометр*, кубических метров; tr=metreküp*; de=kubikmeter*; fr=mètres cubes; es=metros cúbicos
dollar!: en=dollar, dollars, $; ru=доллар*; tr=dolar*; de=dollar*; fr=dollar*; es=dólar*
euro!: en=euro, euros, €; ru=евро; tr=avro*, euro; de=euro*; fr=euro*; es=euro*
month-01!: en=january, jan; ru=январ*; tr=ocak; de=januar; fr=janvier; es=enero
month-02!: en=february, feb; ru=феврал*; tr=şubat; de=februar; fr=février; es=febrero
month-03!: en=march, mar; ru=март*; tr=mart; de=märz; fr=mars; es=marzo
month-04!: en=april, apr; ru=апрел*; tr=nisan; de=april; fr=avril; es=abril
month-05!: en=may; ru=ма, мая, мае; tr=mayıs; de=mai; fr=mai; es=mayo
month-06!: en=june, jun; ru=июн*; tr=haziran; de=juni; fr=juin; es=junio
month-07!: en=july, jul; ru=июл*; tr=temmuz; de=juli; fr=juillet; es=julio
month-08!: en=august, aug; ru=август*; tr=ağustos; de=august; fr=août; es=agosto
month-09!: en=september, sep, sept; ru=сентябр*; tr=eylül; de=september; fr=septembre; es=septiembre
month-10!: en=october, oct; ru=октябр*; tr=ekim; de=oktober; fr=octobre; es=octubre
month-11!: en=november, nov; ru=ноябр*; tr=kasım; de=november; fr=novembre; es=noviembre
month-12!: en=december, dec; ru=декабр*; tr=aralık; de=dezember; fr=décembre; es=diciembre
first!: en=first, initial; ru=перв*; tr=ilk, birinci; de=erst*; fr=premier*, première*; es=primer*
third!: en=third; ru=трет*; tr=üçüncü; de=dritt*; fr=troisième*; es=tercer*
new!: en=new; ru=нов*; tr=yeni; de=neu*; fr=nouveau*, nouvelle*; es=nuevo*, nueva*
country!: en=country, countries, nation, state, states, region, regional; ru=стран*, государств*, регион*; tr=ülke*, devlet*, bölge*; de=land, länder, staat*, region*; fr=pays, état*, région*; es=país*, estado*, región*
official!: en=official, officials; ru=чиновник*, официальн*; tr=yetkili*; de=beamte*, offiziell*; fr=responsable*, officiel*; es=funcionario*, oficial*
"""

# --- parsed at import: concept id -> {language: [variants]} and the generic set ---------------

LEXICON: dict[str, dict[str, list[str]]] = {}
GENERIC_CONCEPTS: frozenset[str]

# Countries, capitals and the largest organisations: in geopolitical writing they are nearly as
# common as function words, so sharing one of them says little about whether a title and a
# sentence are about the same event (the built-in frequency list of the offline rule).
COMMON_CONCEPTS: frozenset[str] = frozenset(
    {
        "usa", "russia", "armenia", "azerbaijan", "georgia", "turkey", "ukraine", "kazakhstan", "china",
        "iran", "iraq", "syria", "moldova", "germany", "france", "europe", "eu", "un", "nato",
    }
)  # fmt: skip


def _parse(table: str) -> tuple[dict[str, dict[str, list[str]]], frozenset[str]]:
    concepts: dict[str, dict[str, list[str]]] = {}
    generic: set[str] = set()
    for line in table.strip().splitlines():
        name, _, rest = line.partition(":")
        name = name.strip()
        if name.endswith("!"):
            name = name[:-1]
            generic.add(name)
        entry: dict[str, list[str]] = {}
        for part in rest.split(";"):
            lang, _, words = part.strip().partition("=")
            entry[lang.strip()] = [w.strip().casefold() for w in words.split(",") if w.strip()]
        concepts[name] = entry
    return concepts, frozenset(generic)


LEXICON, GENERIC_CONCEPTS = _parse(LEXICON_TABLE)
