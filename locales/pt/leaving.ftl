## Pensar em terminar: para quem está inclinado a sair da relação, ou pesando isso. Nunca
## empurra para um lado. Se houver medo ou controle, a segurança vem primeiro: nenhum
## roteiro para contar ao parceiro cara a cara; as linhas de apoio e um plano de segurança.

leaving-title = Pensando em terminar
leaving-summary = Se você está pensando em terminar: decidir, contar e se cuidar.
leaving-recap = Você estava vendo o que significaria terminar.
leaving-recap-safety = Você ia responder uma pergunta sobre a sua segurança.
leaving-recap-safety-first = Você estava lendo sobre a sua segurança, antes de tudo.
leaving-recap-parts = Você estava escolhendo qual parte ver.
leaving-recap-deciding = Você estava pensando no que consegue aguentar e no que merece.
leaving-recap-decision = Você estava lendo o que as suas respostas sobre a decisão sugerem.
leaving-recap-telling = Você estava vendo como contar para a outra pessoa.
leaving-recap-people = Você estava lendo sobre as pessoas à sua volta.
leaving-recap-self-care = Você estava lendo sobre cuidar de si.
leaving-recap-professional = Você estava lendo sobre onde um profissional ajuda.

leaving-intro =
    Isto é para quando a vontade é terminar, ou você ainda pensa se deve.

    Não vou empurrar você para nenhum lado. Decidir que não dá para reconstruir a confiança depois do que aconteceu não é exagero: é uma leitura honesta do que a confiança precisa. Decidir ficar pode ser tão honesto quanto.

    São cinco partes, na ordem que você quiser: decidir, contar, as pessoas à sua volta, cuidar de si e onde um profissional ajuda. Antes, uma palavra sobre segurança.
leaving-begin = Vamos começar

leaving-q-safety = Antes de tudo: você tem medo da pessoa com quem está, ou de como ela reagiria se você fosse embora? Por exemplo: ameaças, empurrões, mexer no seu celular, afastar você de amigos ou da família, ou controlar o seu dinheiro.
leaving-safety-known = Antes você me contou que medo ou controle fazem parte disso. Isso muda o jeito de pensar em terminar, então vem primeiro.
leaving-safety-first =
    Quando a pessoa com quem você está causa medo ou controla você, terminar é algo para planejar, não para anunciar. O período em torno de um rompimento costuma ser quando o perigo aumenta, então, por favor, não conte cara a cara, nem antes de ter um lugar seguro para ficar.

    Um serviço de apoio a quem sofre violência doméstica pode ajudar você a planejar isso em sigilo: quando, como, para onde ir, o que levar. Você pode ligar antes de ter decidido qualquer coisa.

    Se a outra pessoa puder olhar o seu celular: /hide apaga minhas mensagens recentes e /delete apaga tudo o que eu guardo.
leaving-safety-plan-btn = Fazer um plano de segurança
leaving-safety-read-on = Seguir para as outras partes

leaving-q-part = Qual parte ajudaria agora? Você pode voltar aqui e escolher outra.
leaving-part-deciding = Decidir: com o que consigo conviver?
leaving-part-telling = Contar para a outra pessoa
leaving-part-people = As pessoas à minha volta
leaving-part-self-care = Cuidar de mim
leaving-part-professional = Onde um profissional ajuda
leaving-part-done = Por agora, chega
leaving-other-parts = Voltar às partes

leaving-q-live-with = Imagine daqui a um ano. Vocês continuam juntos, e o que aconteceu ainda faz parte da história de vocês. O que parece mais perto da verdade?
leaving-live-with-fade = Com um reparo de verdade, isso poderia ficar para trás
leaving-live-with-carry = Eu carregaria isso todos os dias
leaving-live-with-unsure = Ainda não sei dizer

leaving-q-deserve = Agora pense no que você precisaria para voltar a sentir segurança com essa pessoa: sinceridade, transparência sem precisar pedir, tempo, mudança real. Isso está sendo oferecido?
leaving-deserve-offered-btn = Sim, com constância
leaving-deserve-partly-btn = Em parte, ou só em palavras
leaving-deserve-not-offered-btn = Não
leaving-deserve-not-asked-btn = Ainda não disse do que preciso

leaving-decision-toward-leaving = Você carregaria isso todos os dias, e o que você precisa não está sendo oferecido de verdade. Se isso levar você a decidir que não dá para reconstruir a confiança, não é exagero. É uma leitura honesta do que a confiança precisa.
leaving-decision-stays-with-you = Mesmo com o que você precisa sendo oferecido, você acha que carregaria isso todos os dias. Leve isso a sério: algumas mágoas ficam, por melhor que a outra pessoa se comporte. Saber isso sobre si é honesto, não injusto.
leaving-decision-room = Você consegue imaginar isso ficando para trás, e o que você precisa está sendo oferecido. Pode haver espaço para reparar, se você quiser. Ficar seria uma escolha de verdade, não falta de coragem de ir embora, e ir embora continua sendo uma escolha sua.
leaving-decision-between = Você está em algum lugar no meio, e esse é um lugar honesto para estar. Você não precisa decidir hoje, e não ter decidido ainda não é o mesmo que estar travado.
leaving-deserve-offered = Transparência oferecida com constância, sem você precisar correr atrás, é a matéria de que o reparo é feito. Palavras logo depois de ser descoberto são fáceis; o que conta é o que continua acontecendo.
leaving-deserve-partly = Promessas feitas logo depois de ser descoberto custam pouco. A confiança volta com um comportamento constante ao longo do tempo. É justo esperar para ver isso antes de decidir, e é justo decidir que não vai acontecer.
leaving-deserve-not-offered = Se o que você precisa não está sendo oferecido, ficar significaria sustentar o reparo por conta própria. Você merece alguém que esteja com você na dor, não alguém que você precise convencer de que dói.
leaving-deserve-not-asked = Você ainda não disse do que precisa. Se for seguro para você, dizer isso uma vez, com clareza, e ver o que volta pode revelar muito: o jeito como alguém responde a um pedido claro costuma dizer mais do que o que essa pessoa fez.
leaving-deserve-not-asked-safety = Você não disse do que precisa e, com medo no meio, não precisa testar isso com essa pessoa. A sua segurança vem primeiro; um serviço de apoio pode ajudar você a pensar no resto.
leaving-decision-yours = Isto reflete o que você me contou; não é um veredito. Ficar e ir embora são igualmente válidos, e a escolha e o momento dela são seus.
leaving-decision-both-valid = Tem gente que atravessa isso e sai com algo mais sólido. Tem gente que sabe que isso ficaria para sempre e prefere ir embora a carregar.

leaving-telling =
    Se você decidir contar, algumas coisas deixam a conversa mais fácil de atravessar:

    • Escolha um momento calmo e um lugar de onde você possa sair quando quiser. Não no meio de uma briga, nem tarde da noite.
    • Diga a decisão com clareza, em uma ou duas frases. É uma decisão, não uma proposta inicial: você não precisa provar nada.
    • Se a pessoa pedir todos os motivos, um motivo sincero basta.
    • Espere reações fortes: choro, promessas, raiva, acusações. Você pode ouvir sem decidir tudo de novo ali na hora.
    • Pense nas horas seguintes: para quem você vai ligar, onde vai dormir essa noite.

    Se você tem medo de como a pessoa vai reagir, não faça isso sem companhia nem cara a cara. Fale antes com um serviço de apoio.
leaving-telling-words-btn = Como colocar em palavras
leaving-afraid-btn = Tenho medo de como vai reagir

leaving-telling-words =
    Um formato que costuma funcionar: o que você decidiu, um motivo sincero e o que acontece agora.

    “Pensei muito nisso. Não consigo reconstruir a confiança depois do que aconteceu, e decidi terminar. Esta semana vou ficar na casa de uma amiga, e a parte prática a gente resolve depois.”

    Algumas respostas podem puxar você de volta para a discussão:
    • “Não foi nada.” Vocês não precisam concordar sobre o tamanho disso para você saber com o que consegue conviver.
    • “Você está exagerando.” O que a sua confiança precisa é você quem avalia.
    • “Eu vou mudar, prometo.” Talvez. Você ainda pode decidir não esperar para ver.

    Você não precisa vencer nenhuma dessas. “Eu ouvi você, e a minha decisão continua de pé” basta.

leaving-telling-safe =
    Com medo ou controle no meio, não vou ajudar você a se preparar para contar cara a cara. O período em torno de uma separação costuma ser o mais perigoso, então o como e o quando merecem ser planejados com quem tem formação exatamente para isso.

    Um serviço de apoio a quem sofre violência doméstica pode ajudar você a pensar:
    • se vale contar antes de estar num lugar seguro;
    • como manter o celular, os documentos e algum dinheiro ao seu alcance;
    • quem sabe do seu plano, e uma palavra combinada que você possa mandar se precisar de ajuda.

    Os serviços são gratuitos e sigilosos, e você não precisa ter decidido nada para ligar.

leaving-people =
    Terminar, ou até só pensar nisso, é pesado demais para carregar sem ninguém.

    • Escolha uma ou duas pessoas que estejam do seu lado e saibam guardar isso. Você não precisa contar para todo mundo, nem contar tudo.
    • Peça algo concreto: dormir no sofá delas uma noite, companhia no dia em que você for contar, ajuda com uma mudança, uma ligação toda noite.
    • Algumas pessoas vão ter opiniões fortes sobre o que você deveria fazer. Você pode agradecer e ainda assim decidir por conta própria.
    • Se você se afastou de amigos ou da família durante a relação, voltar a procurar pode dar vergonha. A maioria fica feliz em ter notícias suas, e uma mensagem curta basta para começar.

    Se agora não tem ninguém, os serviços de apoio também existem para isso: /sos.

leaving-self-care =
    Seja qual for a sua decisão, as semanas em volta dela cansam muito.

    • Mantenha o básico: dormir, comer, se mexer um pouco, pegar um pouco de luz do dia. Numa semana difícil, isso não é luxo.
    • O luto pode vir mesmo quando terminar foi escolha sua. Sentir falta de alguém e saber que fez a coisa certa podem ser verdade ao mesmo tempo.
    • Tome distância dos perfis e das mensagens da pessoa. Ficar olhando raramente traz o alívio que promete.
    • Deixe as grandes decisões longe das três da manhã. Anote o pensamento e olhe para ele com a luz do dia.
    • Devolva um pouco de tempo a algo de que você gostava antes de tudo isso ocupar todo o espaço.

    Se os dias ruins se acumularem, ou as coisas do dia a dia pararem de funcionar, converse com alguém: seu médico, um psicólogo, ou /sos se parecer urgente.

leaving-professional =
    Onde um profissional pode ajudar:

    • Terapia individual: para entender o que você quer, viver o luto, ou voltar a confiar no próprio julgamento depois de ter sido enganado. Serve para quem fica e para quem vai.
    • Terapia de casal, se os dois estiverem dispostos e ainda sem decisão: pode ajudar a ver se o que aconteceu é sintoma de algo que dá para trabalhar juntos, ou o problema em si. Não é indicada quando há medo ou controle na relação.
    • Um advogado ou mediador, se vocês dividem casa, filhos, dinheiro ou um contrato de aluguel: conhecer as suas opções cedo deixa a parte prática menos assustadora.
    • Um serviço de apoio a quem sofre violência doméstica, se você tem medo da outra pessoa: planejar uma saída segura é exatamente o que eles fazem.

leaving-end = Obrigado por dedicar esse tempo. Seja qual for a sua decisão, e quando quer que ela venha, a escolha é sua. Você pode voltar a qualquer parte pelo menu.
leaving-if-staying = Se a gente tentar superar isso juntos
